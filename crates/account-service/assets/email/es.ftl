# Confirmation emails — Spanish

## Common
greeting = Hola, { $first_name }:
greeting-parent = Hola:
not-you = Si usted no pidió esto, comuníquese cuanto antes con la escuela o con el consejero escolar, o llame a la línea de ayuda de las Escuelas Públicas de NYC al 718-935-2009.
signature = Escuelas Públicas de NYC — Centros de Bienvenida Familiar
footer = Este es un mensaje automático. Por favor, no responda, porque nadie lee las respuestas.

## password_changed
password_changed-subject = Se cambió su contraseña
password_changed-p1 = La contraseña de su cuenta escolar { $username } se cambió el { $changed_at }.
password_changed-p2 = Ya puede iniciar sesión en su cuenta escolar con su nueva contraseña.

## child_password_changed
child_password_changed-subject = Usted cambió la contraseña de su hijo o hija
child_password_changed-p1 = El { $changed_at }, usted cambió la contraseña de la cuenta escolar de { $first_name } ({ $username }) desde su NYC Schools Account (NYCSA).
child_password_changed-p2 = Dele la nueva contraseña a su hijo o hija en persona. No la envíe por mensaje de texto ni por correo electrónico.

## pin_set
pin_set-subject = Se guardó su PIN
pin_set-p1 = Se guardó un PIN para su cuenta { $username } el { $at }.
pin_set-p2 = Con este PIN, usted puede restablecer su contraseña por su cuenta en un quiosco de un Centro de Bienvenida. Mantenga su PIN en secreto y nunca se lo dé a nadie.

## questions_set
questions_set-subject = Se guardaron sus preguntas de seguridad
questions_set-p1 = Se guardaron preguntas de seguridad para su cuenta { $username } el { $at }.
questions_set-p2 = Puede responder estas preguntas para restablecer su contraseña por su cuenta. No le diga a nadie sus respuestas.

## nycsa_reset_link
nycsa_reset_link-subject = Restablezca su contraseña de NYC Schools Account
nycsa_reset_link-greeting = Hola, { $name }:
nycsa_reset_link-p1 = Para elegir una nueva contraseña de su NYC Schools Account (NYCSA), abra este enlace: { $link }
nycsa_reset_link-p2 = El enlace funciona una sola vez, y solo durante { $expires_in_minutes } minutos.

## myschools_reset_link
myschools_reset_link-subject = Restablezca su contraseña de MySchools
myschools_reset_link-greeting = Hola, { $name }:
myschools_reset_link-p1 = Para elegir una nueva contraseña de su cuenta de MySchools (el sitio web para solicitar admisión a las escuelas públicas de NYC), abra este enlace: { $link }
myschools_reset_link-p2 = El enlace funciona una sola vez, y solo durante { $expires_in_minutes } minutos.

## self_service_resumed
self_service_resumed-subject = Ya puede volver a restablecer su contraseña por su cuenta
self_service_resumed-p1 = El { $at }, el personal del centro { $center } volvió a activar en su cuenta { $username } la opción de restablecer la contraseña por su cuenta.
self_service_resumed-p2 = Ya puede volver a restablecer su contraseña por su cuenta, con su PIN o con sus preguntas de seguridad.

## pin_cleared
pin_cleared-subject = Se eliminó su PIN
pin_cleared-p1 = El { $at }, el personal del centro { $center } eliminó el PIN de su cuenta { $username }.
pin_cleared-p2 = Después de iniciar sesión, puede crear un nuevo PIN en un quiosco de un Centro de Bienvenida.

## questions_cleared
questions_cleared-subject = Se eliminaron sus preguntas de seguridad
questions_cleared-p1 = El { $at }, el personal del centro { $center } eliminó las preguntas de seguridad de su cuenta { $username }.
questions_cleared-p2 = Después de iniciar sesión, puede crear nuevas preguntas de seguridad en un quiosco de un Centro de Bienvenida.

## guardian_notice
guardian_notice-subject = Hubo un cambio en la cuenta escolar de su hijo o hija
guardian_notice-p1 = { $change ->
     [pin_set] El { $at } se guardó un PIN para la cuenta escolar de { $first_name } ({ $username }).
     [questions_set] El { $at } se guardaron preguntas de seguridad para la cuenta escolar de { $first_name } ({ $username }).
     [pin_cleared] El { $at } se eliminó el PIN de la cuenta escolar de { $first_name } ({ $username }).
     [questions_cleared] El { $at } se eliminaron las preguntas de seguridad de la cuenta escolar de { $first_name } ({ $username }).
    *[password] El { $at } se cambió la contraseña de la cuenta escolar de { $first_name } ({ $username }).
}
guardian_notice-p2 = { $place ->
     [nycsa] Esto lo hizo otro padre, madre o tutor, con su NYC Schools Account (NYCSA).
     [counter] Esto lo hizo el personal de { $center }, después de verificar la identidad de la persona que lo pidió.
    *[kiosk] Esto se hizo en un quiosco de un Centro de Bienvenida Familiar.
}
guardian_notice-p3 = Si ni usted, ni su hijo o hija, ni otro padre, madre o tutor pidió esto, llame enseguida al Centro de Bienvenida Familiar al 718-935-2009.
