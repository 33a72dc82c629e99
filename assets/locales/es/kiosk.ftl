# Welcome Center Kiosk — Español (Spanish).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = Paso { $step } de { $total }
please-wait = Espere, por favor…

## Footer keys
key-continue = Enter: Continuar
key-back = Esc: Atrás
key-move = Tab/↑↓: Mover
key-select = ↑↓: Elegir
key-language = F2: Idioma
key-show-hide = F3: Ver/Ocultar
key-menu = Esc: Menú
key-start-over = Enter: Volver a empezar
key-try-again = Enter: Intentar de nuevo

## Language picker
language-title = Elija su idioma
language-hint = Use ↑ ↓ y Enter, u oprima el número.

## Menu
menu-title = ¿Cómo podemos ayudarle hoy?
menu-student-reset = Estudiante — restablecer mi contraseña de las Escuelas Públicas de NYC
menu-parent = Padre, madre o tutor — restablecer la contraseña de mi hijo o hija, o buscar su ID de cuenta (NYCSA)
menu-forgot-nycsa = Olvidé mi contraseña de NYC Schools Account (NYCSA)
menu-forgot-myschools = Olvidé mi contraseña de MySchools
menu-enroll = Estudiante — configurar mi PIN o mis preguntas de seguridad
menu-ticket = Abrir una solicitud de ayuda
menu-help = Otra ayuda e información de contacto

not-ready-title = Aún no está disponible en este quiosco
not-ready-body = Esta opción aún no está disponible en este quiosco. El personal del mostrador puede ayudarle ahora, o llame al 718-935-2009.

## Student reset: lookup
lookup-title = Restablezca su contraseña de las Escuelas Públicas de NYC
lookup-intro = Escriba su nombre de usuario (como AvaM1234) o su número de estudiante de 9 dígitos, y su fecha de nacimiento.
lookup-student = Usuario o número de estudiante
lookup-birth-date = Fecha de nacimiento (MM/DD/AAAA)
lookup-date-understood = Lo leímos así: { $date }. Si esa no es su fecha de nacimiento, cámbiela.
date-in-words = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
lookup-error-student = Escriba un usuario (como AvaM1234) o un número de estudiante de 9 dígitos.
lookup-error-birth-date = Escriba la fecha de nacimiento como mes/día/año, por ejemplo 03/14/2012.

## Student reset: method
method-title = ¿Cómo quiere demostrar que es usted?
method-pin = Con mi PIN
method-questions = Con mis preguntas de seguridad
no-method-title = Todavía no tiene PIN ni preguntas de seguridad
no-method-body = Para restablecer su contraseña por su cuenta, necesita un PIN o preguntas de seguridad, y todavía no los ha configurado. Aun así, puede obtener una contraseña nueva:
no-method-parent = • Pida a su padre, madre o tutor que la restablezca en su NYC Schools Account (NYCSA). Si no tiene una cuenta, puede crearla gratis.
no-method-school = • Pida a su escuela, o al personal del mostrador de este Centro de Bienvenida, que se la restablezca.
no-method-enroll = Cuando vuelva a iniciar sesión, podrá configurar un PIN o preguntas de seguridad (opción 5 del menú) para hacerlo por su cuenta la próxima vez.

## Student reset: PIN
pin-title = Escriba su PIN
pin-label = PIN
pin-hint = Su PIN son las 5 a 8 letras o números que usted eligió. No es su contraseña.

## Student reset: questions
questions-title = Responda sus preguntas de seguridad
questions-hint = Escriba las respuestas que eligió. No importan las mayúsculas ni los espacios de más.

question-first_pet = ¿Cómo se llamaba su primera mascota?
question-birth_city = ¿En qué ciudad nació?
question-favorite_teacher = ¿Cómo se llama el maestro o la maestra que más le gustó?
question-favorite_book = ¿Cuál es su libro favorito?
question-favorite_food = ¿Cuál es su comida favorita?
question-best_friend = ¿Cómo se llama su mejor amigo o amiga?
question-first_school = ¿Cómo se llamaba su primera escuela?
question-favorite_sport = ¿Cuál es su deporte favorito?
question-favorite_place = ¿Cuál es su lugar favorito para visitar?
question-favorite_movie = ¿Cuál es su película favorita?
question-favorite_animal = ¿Cuál es su animal favorito?
question-dream_job = ¿Qué trabajo quiere tener cuando sea grande?
question-favorite_game = ¿Cuál es su juego favorito?
question-grandmother_name = ¿Cuál es el primer nombre de su abuela?
question-unknown = Pregunta de seguridad

## New password
password-title = Elija una contraseña nueva
password-new = Contraseña nueva
password-confirm = Escríbala otra vez
password-rule-length = De 8 a 64 caracteres
password-rule-common = No es una contraseña común
password-rule-name = No contiene su nombre ni su usuario
password-rule-child-name = No contiene el nombre ni el ID de cuenta de su hijo o hija
password-rule-strength = Difícil de adivinar
password-rule-match = Las dos coinciden
password-mismatch = Las dos contraseñas no son iguales.
password-rule-current = No es su contraseña actual
password-strength = Seguridad: { $label }
strength-0 = Muy débil
strength-1 = Débil
strength-2 = Regular
strength-3 = Buena
strength-4 = Fuerte
password-hint = Consejo: tres o cuatro palabras al azar son fáciles de recordar y difíciles de adivinar.
password-fix-first = La contraseña nueva todavía no cumple todas las reglas. Revise la lista.

## Done
done-title = Su contraseña se cambió
done-body = Ya puede iniciar sesión con su contraseña nueva. Enviamos un correo a su cuenta de las Escuelas Públicas de NYC para confirmar el cambio.
done-return = Esta pantalla volverá al inicio en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }.

## Problems
problem-title = No pudimos continuar
not-verified-body = No encontramos a ningún estudiante con esos datos. Revise el usuario o número de estudiante y la fecha de nacimiento, e intente de nuevo.
not-verified-help = ¿Los datos son correctos? Después de demasiados intentos incorrectos, el autoservicio se detiene por un tiempo. Un padre, madre o tutor puede restablecer su contraseña en NYCSA, o el personal del mostrador puede ayudarle ahora.
too-many-tries-body = Hubo demasiados intentos. Para proteger las cuentas, no se puede volver a intentar por un tiempo. Pida ayuda ahora al personal del mostrador.
verification-failed-body = { $method ->
    [pin] El PIN no coincide.
   *[questions] Las respuestas no coinciden.
  }
attempts-left = { $count ->
    [one] Le queda { $count } intento más antes de que se pause el autoservicio.
   *[other] Le quedan { $count } intentos más antes de que se pause el autoservicio.
  }
paused-temporary-body = El autoservicio está en pausa para esta cuenta por demasiados intentos incorrectos. Puede volver a intentarlo en { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  }.
paused-until-reset-body = El autoservicio está en pausa para esta cuenta por demasiados intentos incorrectos.
paused-help = Un padre, madre o tutor puede restablecer su contraseña en NYC Schools Account (NYCSA), o el personal del mostrador puede ayudarle ahora.
too-soon-body = Puede restablecer su contraseña por su cuenta una vez cada 30 días. Podrá volver a hacerlo el { $date }.
too-soon-help = Si la necesita ahora, un padre, madre o tutor puede restablecerla en NYC Schools Account (NYCSA), o el personal del mostrador puede ayudarle.
flow-expired-body = Esto tardó demasiado, así que lo detuvimos por su seguridad. Empiece de nuevo, por favor.
offline-body = Ahora no podemos conectarnos con el servicio de cuentas. Intente de nuevo en unos minutos.
offline-help = Para recibir ayuda ahora, pregunte al personal del mostrador o llame al 718-935-2009.
unauthorized-body = Este quiosco no está registrado en el servicio de cuentas. Avise al personal del mostrador, por favor.
unauthorized-counter-body = Esta terminal de mostrador no está registrada en el servicio de cuentas, o su registro fue revocado. Pida a su supervisor o al equipo de TI que la registre de nuevo (account-service devices add --mode counter).
internal-body = Algo salió mal de nuestro lado. Intente de nuevo o pregunte al personal del mostrador.
directory-unavailable-body = El directorio de contraseñas del sistema escolar no responde en este momento. Su contraseña no se cambió.
directory-unavailable-help = Intente de nuevo en unos minutos. No se contó nada en contra de la cuenta. Para recibir ayuda ahora, pregunte al personal del mostrador.
session-ended-body = Hubo demasiados intentos incorrectos en este quiosco. Empezamos de nuevo por su seguridad.

## Password rejected by the service
reason-too_short = Tiene menos de 8 caracteres.
reason-too_long = Tiene más de 64 caracteres.
reason-common = Es una contraseña común y fácil de adivinar.
reason-contains_name = Contiene su nombre o su usuario.
reason-too_weak = Es demasiado fácil de adivinar.
reason-same_as_current = Es igual a su contraseña actual.
reason-invisible_character = Contiene un carácter que no se ve en la pantalla. Escríbala de nuevo.
reason-directory_policy = Las reglas de contraseñas del sistema escolar no la aceptaron. Pruebe una contraseña más larga, por ejemplo tres o cuatro palabras.
reason-directory_account = El sistema escolar no pudo cambiar la contraseña de esta cuenta. Pregunte al personal del mostrador.

## Idle
idle-title = ¿Sigue ahí?
idle-body = Por su privacidad, este quiosco volverá a empezar en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }.
idle-keep = Oprima cualquier tecla para continuar.

## Staff exit
exit-title = Salida del personal
exit-label = Código de salida
exit-wrong = Ese código no es correcto.
exit-not-configured = Falta el código de salida en kiosk.toml.
exit-wait = Demasiados códigos incorrectos. Espere un momento.

## Small terminal
too-small = Agrande esta ventana, por favor (mínimo 40 × 12).

## Enrollment (menu 5)
key-save = Enter: Guardar
key-finish = Esc: Terminar
key-set-up-more = Enter: Configurar más
key-change-question = ←→: Cambiar
enroll-title = Configure su PIN o sus preguntas de seguridad
enroll-intro = Inicie sesión con su usuario y contraseña de las Escuelas Públicas de NYC.
enroll-username = Usuario o número de estudiante
enroll-password = Contraseña
enroll-menu-title = Su PIN y sus preguntas de seguridad
enroll-status-pin = PIN
enroll-status-questions = Preguntas de seguridad
enroll-status-set = sí
enroll-status-not-set = no
enroll-create-pin = Crear un PIN
enroll-change-pin = Cambiar mi PIN
enroll-set-questions = Configurar preguntas de seguridad
enroll-change-questions = Cambiar mis preguntas de seguridad
enroll-finish = Terminar
enroll-optional = El PIN y las preguntas de seguridad son opcionales. Si no tiene ninguno de los dos, no podrá restablecer su contraseña por su cuenta en este quiosco ni en internet.
enroll-young = Si le cuesta recordar un PIN, o si el estudiante es pequeño, un padre, madre o tutor puede restablecer la contraseña en NYC Schools Account (NYCSA).
enroll-pin-title = Cree su PIN
enroll-pin-new = PIN nuevo
enroll-pin-confirm = Escriba el PIN otra vez
enroll-pin-rule-length = De 5 a 8 letras o números
enroll-pin-rule-repeat = No es un mismo carácter repetido (como 11111)
enroll-pin-rule-sequence = No es una secuencia seguida (como 12345)
enroll-pin-rule-birthday = No es su fecha de nacimiento
enroll-pin-mismatch = Los dos PIN no son iguales.
enroll-pin-hint = Elija un PIN que pueda recordar. Nadie en la escuela lo sabe ni lo puede ver.
enroll-questions-title = Configure sus preguntas de seguridad
enroll-questions-hint = Elija tres preguntas distintas con ◀ ▶, y respuestas que pueda recordar.
enroll-password-again = Escriba su contraseña otra vez para guardar
enroll-wrong-password = Esa contraseña no es correcta.
question-reason-invalid = Elija tres preguntas de la lista.
question-reason-repeated = Cada pregunta se puede elegir solo una vez.
question-reason-length = Cada respuesta necesita al menos 3 caracteres.
question-reason-answers-repeated = Cada respuesta debe ser distinta.
question-reason-question-words = Una respuesta no puede usar palabras de su pregunta.
pin-saved-title = Su PIN se guardó
pin-saved-body = Ya puede restablecer su contraseña por su cuenta con este PIN. Enviamos un correo a su cuenta de las Escuelas Públicas de NYC para confirmarlo.
questions-saved-title = Sus preguntas de seguridad se guardaron
questions-saved-body = Ya puede restablecer su contraseña por su cuenta con estas respuestas. Enviamos un correo a su cuenta de las Escuelas Públicas de NYC para confirmarlo.
password-temporary-hint = Inició sesión con una contraseña temporal. Primero elija su propia contraseña, por favor.
sign-in-failed-body = El usuario o la contraseña no son correctos.
sign-in-failed-help = ¿Olvidó su contraseña? Use la opción 1 con su PIN o sus preguntas, pida a un padre, madre o tutor que la restablezca en NYCSA, o pregunte al personal del mostrador.
sign-in-failed-nycsa-help = Si olvidó la contraseña de NYCSA, elija la opción 3 del menú para recibir por correo un enlace para restablecerla, o pregunte al personal del mostrador.
sign-in-failed-staff-help = Revise el ID de personal, la contraseña y el código (el código cambia cada 30 segundos y sirve una sola vez). Después de 5 intentos incorrectos, el inicio de sesión del personal se detiene 15 minutos; un supervisor puede ayudar.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: Volver a mis hijos
qr-scan = Escanee con su teléfono
parent-title = Padres y tutores
parent-intro = Con una NYC Schools Account (NYCSA) puede restablecer la contraseña de su hijo o hija y ver su ID de cuenta.
parent-sign-in = Iniciar sesión en mi NYC Schools Account (NYCSA)
parent-no-account = No tengo una NYC Schools Account
parent-sign-in-title = Iniciar sesión en NYC Schools Account
parent-sign-in-intro = Escriba el correo electrónico y la contraseña de su NYC Schools Account (NYCSA).
parent-email = Correo electrónico
parent-password = Contraseña de NYCSA
parent-forgot-hint = ¿Olvidó su contraseña de NYCSA? Vuelva al menú y elija la opción 3.
children-title = Sus hijos
children-hello = Hola, { $name }. Elija a su hijo o hija:
children-none = Todavía no hay hijos vinculados a esta cuenta. El personal del mostrador o la escuela de su hijo o hija pueden ayudarle.
children-wrong-info = Si algún dato de su hijo o hija es incorrecto, comuníquese con la escuela.
child-show-id = Mostrar el ID de cuenta
child-reset = Restablecer la contraseña
child-account-id = ID de cuenta
child-email = Correo electrónico
child-id-hint = Su hijo o hija inicia sesión con este ID de cuenta y su propia contraseña.
child-done-title = La contraseña se cambió
child-done-body = { $name } ya puede iniciar sesión con la contraseña nueva. Le enviamos un correo a usted y a la cuenta de las Escuelas Públicas de NYC de su hijo o hija.
no-nycsa-title = Obtenga una NYC Schools Account
no-nycsa-what = Con NYC Schools Account (NYCSA), los padres y tutores pueden ver la información de sus hijos y restablecer su contraseña.
no-nycsa-free = Es gratis.
no-nycsa-how = Para crear una, pregunte en la escuela de su hijo o hija o al personal del mostrador de { $center }. También puede empezar en el sitio web de NYCSA con el código QR.
forgot-email = Correo electrónico
forgot-email-error = Escriba un correo electrónico completo, como name@example.org.
forgot-nycsa-title = ¿Olvidó su contraseña de NYC Schools Account?
forgot-nycsa-intro = Escriba el correo electrónico de su NYC Schools Account (NYCSA). Le enviaremos un enlace para restablecer la contraseña.
forgot-myschools-title = ¿Olvidó su contraseña de MySchools?
forgot-myschools-intro = Escriba el correo electrónico de su cuenta de MySchools. Le enviaremos un enlace para restablecer la contraseña.
forgot-sent-title = Revise su correo
forgot-sent-body = Si hay una cuenta con este correo, le enviamos un enlace para restablecer la contraseña. El enlace funciona durante 30 minutos.
forgot-nycsa-not-arrived = ¿No le llegó? Revise la carpeta de correo no deseado (spam). Si el problema sigue, comuníquese con la escuela de su hijo o hija.
forgot-myschools-not-arrived = ¿No le llegó? Revise la carpeta de correo no deseado (spam). Para otros problemas con MySchools, hable con el consejero escolar de su hijo o hija, pida ayuda en un Centro de Bienvenida Familiar o llame al 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: Ayuda
key-close-help = Esc: Cerrar
key-send = Enter: Enviar
key-change = Esc: Cambiar
key-change-topic = ←→: Tema
offline-banner = No se puede conectar con el servicio de cuentas. Ayuda: 718-935-2009
help-title = Ayuda e información de contacto
help-school = Para la mayoría de las preguntas sobre la cuenta de su hijo o hija, comuníquese con la escuela o con el consejero escolar.
help-center = En este Centro de Bienvenida Familiar ({ $center }), el personal del mostrador puede ayudarle en persona.
help-phone = Teléfono: 718-935-2009
help-support-hub = También puede abrir una solicitud de ayuda aquí (opción 6 del menú), o en el sitio web Support Hub con el código QR.
ticket-title = Abrir una solicitud de ayuda
ticket-intro = Díganos qué necesita. Le responderemos por correo electrónico o por teléfono.
ticket-topic = Tema
ticket-topic-student_password = Contraseña de estudiante
ticket-topic-nycsa = NYC Schools Account (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = Datos incorrectos de mi hijo o hija
ticket-topic-other = Otra cosa
ticket-description = ¿En qué necesita ayuda?
ticket-name = Su nombre
ticket-email = Correo electrónico (o teléfono abajo)
ticket-phone = Número de teléfono
ticket-error-topic = Elija un tema.
ticket-error-description = Describa el problema, por favor.
ticket-error-name = Escriba su nombre, por favor.
ticket-error-email = Este correo no está completo.
ticket-error-phone = Escriba un teléfono con código de área.
ticket-error-contact = Escriba un correo o un teléfono.
ticket-error-language = Elija un idioma, por favor.
ticket-review-title = Revise su solicitud
ticket-review-hint = ¿Está todo bien? Enter la envía; Esc vuelve atrás para cambiarla.
ticket-review-topic = Tema
ticket-review-description = Su mensaje
ticket-review-name = Nombre
ticket-review-email = Correo electrónico
ticket-review-phone = Teléfono
ticket-done-title = Su solicitud está abierta
ticket-done-number = Su número de solicitud:
ticket-done-body = Anote { $ticket }, por favor. Nos comunicaremos con usted. Para darle seguimiento, escanee el código QR con su teléfono.

## Counter mode (staff)
key-sign-out = F10: Cerrar sesión
key-search = Enter: Buscar
staff-sign-in-title = Inicio de sesión del personal
staff-sign-in-intro = Esta es una terminal del mostrador. El personal inicia sesión con su ID de personal, su contraseña y el código de 6 dígitos de su aplicación de autenticación.
staff-id = ID de personal
staff-password = Contraseña
staff-code = Código de 6 dígitos
staff-home-title = Mostrador
staff-find = Buscar a un estudiante
staff-family-menu = Ayudar a un visitante con el menú para familias
staff-report = Informe de hoy
staff-sign-out = Cerrar sesión
report-title = Informe de hoy
report-day = { $day } — visitas: { $visits }
report-median-visit = Tiempo mediano desde la primera tecla hasta el final de la visita: { $time }
report-handoff-waits = Enviados al mostrador y atendidos: { $claimed }. Espera: mediana { $median }, la más larga { $longest }
report-duration = { $minutes } min { $seconds } s
report-none = todavía ninguno
report-all = Total
report-password-changed = Contraseña cambiada
report-enrolled = PIN o preguntas configurados
report-handed-off = Enviados al mostrador
report-gave-up = Se fueron sin terminar
report-week = Visitas de los últimos 7 días
staff-find-title = Buscar a un estudiante
staff-find-hint = Número de estudiante, usuario, o apellido y fecha de nacimiento (Martinez 03/14/2012).
staff-find-label = Buscar
staff-find-none = Ningún estudiante coincide. Revise la ortografía o la fecha de nacimiento.
staff-student-id = Número de estudiante
staff-questions = Preguntas
staff-yes = sí
staff-no = no
staff-paused = Autoservicio en pausa
staff-paused-temporary = durante 15 minutos
staff-paused-until_reset = hasta que lo restablezca un padre o el personal
staff-last-reset = Último restablecimiento
staff-must-change = Hay una contraseña temporal sin cambiar.
staff-audit = Actividad reciente
staff-check-needed = Primero verifique la identidad en persona.
staff-check-ok = Identidad verificada. Elija una acción:
staff-check-recorded = Verificación de identidad registrada. Es válida durante 10 minutos.
staff-check-expired = La verificación de identidad venció. Verifique de nuevo, por favor.
staff-action-check = Registrar una verificación de identidad
staff-action-visitor-password = El visitante escribe la contraseña nueva
staff-action-temporary = Restablecer con una contraseña temporal
staff-action-resume = Reanudar el autoservicio
staff-action-clear-pin = Borrar el PIN
staff-action-clear-questions = Borrar las preguntas de seguridad
staff-action-refresh = Actualizar
staff-done-resume = El autoservicio se reanudó.
staff-done-clear-pin = Se borró el PIN. El estudiante puede crear uno nuevo.
staff-done-clear-questions = Se borraron las preguntas de seguridad. El estudiante puede configurar otras.
staff-done-visitor-password = Se guardó la contraseña nueva del visitante.
staff-check-title = Verificación de identidad
staff-check-intro = ¿Quién es el visitante y qué documento vio?
staff-visitor = Visitante
staff-visitor-student = Estudiante
staff-visitor-parent = Padre o madre
staff-visitor-guardian = Tutor o tutora
staff-document = Documento visto (por ejemplo: tarjeta de identificación de NYC)
staff-note = Nota (opcional)
staff-adult = Qué adulto
staff-adult-unlisted = No está en esta lista
staff-override-hint = Solo un supervisor puede aprobar a un adulto que no está vinculado a este estudiante. Escriba el motivo abajo (por ejemplo: se vieron documentos de custodia).
staff-override-reason = Motivo del supervisor (al menos 10 caracteres)
staff-guardian-not-linked = Este adulto no está vinculado al estudiante. Elija un padre, madre o tutor vinculado, o pida ayuda a un supervisor.
staff-supervisor-required = Solo un supervisor puede aprobar a un adulto que no está vinculado. Pida a un supervisor que inicie sesión en este mostrador.
staff-relationship-parent = padre o madre
staff-relationship-guardian = tutor
staff-relationship-relative = familiar
staff-guardians = Padres y tutores
staff-guardians-none = ninguno vinculado
staff-turn-title = Gire el teclado hacia el visitante, por favor
staff-turn-body = Gire el teclado hacia el visitante, por favor.
staff-turn-note = El visitante escribe la contraseña nueva dos veces. Queda oculta: el personal nunca la ve.
staff-temp-title = Contraseña temporal
staff-temp-intro = Dé esta contraseña temporal al visitante. Se muestra una sola vez:
staff-temp-must-change = El estudiante debe elegir una contraseña nueva la próxima vez que inicie sesión (opción 5 del menú en el quiosco).
staff-temp-countdown = Esta contraseña desaparecerá en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: Escuchar de nuevo
key-voice = F5: Voz sí/no
speech-press = Para { $choice }, oprima { $number }.
speech-language-choice = Para español, oprima { $number }.
speech-keys = Oprima Enter para continuar, o Esc para volver. Oprima F4 para escuchar otra vez, o F5 para apagar la voz.
speech-off = La voz está apagada. Oprima F5 para encenderla otra vez.
speech-secret-typed = { $count ->
    [one] Un carácter
   *[other] { $count } caracteres
  }
speech-secret-deleted = Borrado

## Ask at the counter (hand-offs)
key-counter = F6: Ayuda en el mostrador
help-counter = ¿No puede seguir? Oprima F6 y reciba un número para el mostrador.
handoff-title = Pedir ayuda en el mostrador
handoff-sending = Estamos pidiendo su número para el mostrador…
handoff-number-label = Su número para el mostrador:
handoff-tell = Vaya al mostrador y diga su número: { $number }. El personal puede ver lo que pasó aquí, así que no tiene que explicarlo otra vez.
handoff-tell-short = Vaya al mostrador y diga su número: { $number }.
handoff-body = Alguien del mostrador le ayudará en persona. Para salir de esta pantalla, oprima Enter.
handoff-offline = En este momento el quiosco no puede conectarse con el servicio de cuentas, así que no hay número. Vaya al mostrador de todos modos: el personal le ayudará.
handoff-reason-no-method = sin PIN ni preguntas
handoff-reason-paused = autoservicio en pausa
handoff-reason-too-soon = regla de 30 días
handoff-reason-sign-in-failed = no pudo iniciar sesión
handoff-reason-not-found = estudiante no encontrado
handoff-reason-refused = rechazado por el servicio
handoff-reason-asked = pidió ayuda
staff-queue-title = Familias enviadas desde los quioscos ({ $count })
staff-queue-empty = No hay nadie esperando.
staff-queue-new = NUEVO
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } min
staff-queue-unreachable = No se pudo actualizar la lista. Se intentará de nuevo.
staff-handoff-taken = Ya lo atendió otro mostrador.
staff-handoff-gone = Ese caso ya venció o ya no está abierto.
staff-find-handoff = Caso { $handoff }. El quiosco no verificó quién es el estudiante: búsquelo aquí.
