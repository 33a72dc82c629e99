# Welcome Center Kiosk — Русский (Russian).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = Шаг { $step } из { $total }
please-wait = Подождите…

## Footer keys
key-continue = Enter: Далее
key-back = Esc: Назад
key-move = Tab/↑↓: Поле
key-select = ↑↓: Выбор
key-language = F2: Язык
key-show-hide = F3: Показать/скрыть
key-menu = Esc: Меню
key-start-over = Enter: Начать заново
key-try-again = Enter: Ещё раз

## Language picker
language-title = Выберите язык
language-hint = Используйте ↑ ↓ и Enter или нажмите цифру.

## Menu
menu-title = Чем мы можем вам помочь?
menu-student-reset = Ученик — сбросить мой пароль государственных школ Нью-Йорка
menu-parent = Родитель или опекун — сбросить пароль ребёнка или узнать ID его учётной записи (NYCSA)
menu-forgot-nycsa = Не помню пароль от NYC Schools Account (NYCSA)
menu-forgot-myschools = Не помню пароль от MySchools
menu-enroll = Ученик — настроить PIN-код или контрольные вопросы
menu-ticket = Отправить запрос в службу поддержки
menu-help = Другая помощь и контакты

not-ready-title = Пока недоступно на этом терминале
not-ready-body = Эта функция пока недоступна на этом терминале. Сотрудники за стойкой могут помочь вам прямо сейчас, или позвоните по номеру 718-935-2009.

## Student reset: lookup
lookup-title = Сброс пароля государственных школ Нью-Йорка
lookup-intro = Введите имя пользователя (например, AvaM1234) или 9-значный номер ученика, а также дату рождения.
lookup-student = Имя пользователя или номер ученика
lookup-birth-date = Дата рождения (ММ/ДД/ГГГГ)
lookup-date-understood = Мы поняли так: { $date }. Если это не ваша дата рождения, исправьте её.
date-in-words = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
lookup-error-student = Введите имя пользователя (например, AvaM1234) или 9-значный номер ученика.
lookup-error-birth-date = Введите дату рождения в формате месяц/день/год, например 03/14/2012.

## Student reset: method
method-title = Как вы хотите подтвердить свою личность?
method-pin = С помощью PIN-кода
method-questions = С помощью контрольных вопросов
no-method-title = У вас ещё нет PIN-кода или контрольных вопросов
no-method-body = Чтобы сбросить пароль самостоятельно, нужен PIN-код или контрольные вопросы, но вы их ещё не настроили. Новый пароль всё равно можно получить:
no-method-parent = • Попросите родителя или опекуна сбросить пароль в его NYC Schools Account (NYCSA). Если у него нет учётной записи, её можно создать бесплатно.
no-method-school = • Попросите школу или сотрудников за стойкой этого центра приёма семей сбросить пароль за вас.
no-method-enroll = Когда снова войдёте в систему, настройте PIN-код или контрольные вопросы (пункт меню 5), чтобы в следующий раз сделать это самостоятельно.

## Student reset: PIN
pin-title = Введите PIN-код
pin-label = PIN-код
pin-hint = PIN-код — это 5–8 букв или цифр, которые вы выбрали сами. Это не ваш пароль.

## Student reset: questions
questions-title = Ответьте на контрольные вопросы
questions-hint = Введите ответы, которые вы выбрали. Заглавные буквы и лишние пробелы не важны.

question-first_pet = Как звали вашего первого питомца?
question-birth_city = В каком городе вы родились?
question-favorite_teacher = Кто ваш любимый учитель?
question-favorite_book = Какая ваша любимая книга?
question-favorite_food = Какая ваша любимая еда?
question-best_friend = Как зовут вашего лучшего друга?
question-first_school = Как называлась ваша первая школа?
question-favorite_sport = Какой ваш любимый вид спорта?
question-favorite_place = Какое место вы больше всего любите посещать?
question-favorite_movie = Какой ваш любимый фильм?
question-favorite_animal = Какое ваше любимое животное?
question-dream_job = Кем вы хотите работать, когда вырастете?
question-favorite_game = Какая ваша любимая игра?
question-grandmother_name = Как зовут вашу бабушку?
question-unknown = Контрольный вопрос

## New password
password-title = Придумайте новый пароль
password-new = Новый пароль
password-confirm = Повторите пароль
password-rule-length = От 8 до 64 символов
password-rule-common = Не из списка популярных паролей
password-rule-name = Не содержит ваше имя или имя пользователя
password-rule-child-name = Не содержит имя ребёнка или ID его учётной записи
password-rule-strength = Трудно угадать
password-rule-match = Оба пароля совпадают
password-mismatch = Пароли не совпадают.
password-rule-current = Не совпадает с текущим паролем
password-strength = Надёжность: { $label }
strength-0 = очень низкая
strength-1 = низкая
strength-2 = средняя
strength-3 = хорошая
strength-4 = высокая
password-hint = Совет: три-четыре случайных слова легко запомнить и трудно угадать.
password-fix-first = Новый пароль пока не соответствует всем правилам. Посмотрите на список.

## Done
done-title = Ваш пароль изменён
done-body = Теперь вы можете войти с новым паролем. Мы отправили письмо в вашу учётную запись государственных школ Нью-Йорка, чтобы подтвердить изменение.
done-return = Этот экран вернётся к началу через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
  }.

## Problems
problem-title = Не удалось продолжить
not-verified-body = Ученик с такими данными не найден. Проверьте имя пользователя или номер ученика и дату рождения и попробуйте ещё раз.
not-verified-help = Уверены, что данные верны? После слишком многих неудачных попыток самостоятельный сброс на время приостанавливается. Родитель или опекун может сбросить ваш пароль в NYCSA, а сотрудники за стойкой могут помочь вам прямо сейчас.
too-many-tries-body = Слишком много попыток. Чтобы защитить учётные записи, повторить попытку пока нельзя. Обратитесь за помощью к сотрудникам за стойкой.
verification-failed-body = { $method ->
    [pin] PIN-код не подошёл.
   *[questions] Ответы не подошли.
  }
attempts-left = { $count ->
    [one] Осталась { $count } попытка, затем самостоятельный сброс будет приостановлен.
    [few] Осталось { $count } попытки, затем самостоятельный сброс будет приостановлен.
    [many] Осталось { $count } попыток, затем самостоятельный сброс будет приостановлен.
   *[other] Осталось { $count } попытки, затем самостоятельный сброс будет приостановлен.
  }
paused-temporary-body = Самостоятельный сброс пароля для этой учётной записи приостановлен: слишком много неверных попыток. Попробуйте снова через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
  }.
paused-until-reset-body = Самостоятельный сброс пароля для этой учётной записи приостановлен: слишком много неверных попыток.
paused-help = Родитель или опекун может сбросить ваш пароль в NYC Schools Account (NYCSA), или сотрудники за стойкой помогут вам прямо сейчас.
too-soon-body = Самостоятельно сбросить пароль можно раз в 30 дней. В следующий раз это можно сделать { $date }.
too-soon-help = Если пароль нужен сейчас, родитель или опекун может сбросить его в NYC Schools Account (NYCSA), или вам помогут сотрудники за стойкой.
flow-expired-body = Это заняло слишком много времени, поэтому для вашей безопасности мы остановились. Начните заново.
offline-body = Сейчас нет связи с сервисом учётных записей. Попробуйте ещё раз через несколько минут.
offline-help = Чтобы получить помощь сейчас, обратитесь к сотрудникам за стойкой или позвоните по номеру 718-935-2009.
unauthorized-body = Этот терминал не зарегистрирован в сервисе учётных записей. Пожалуйста, сообщите сотрудникам за стойкой.
unauthorized-counter-body = Этот терминал стойки не зарегистрирован в сервисе учётных записей, или его регистрация отозвана. Попросите руководителя или ИТ-отдел зарегистрировать его снова (account-service devices add --mode counter).
internal-body = У нас произошла ошибка. Попробуйте ещё раз или обратитесь к сотрудникам за стойкой.
directory-unavailable-body = Каталог паролей школьной системы сейчас не отвечает. Ваш пароль не изменён.
directory-unavailable-help = Попробуйте ещё раз через несколько минут. Эта попытка не засчитана как неудачная. Чтобы получить помощь сейчас, обратитесь к сотрудникам за стойкой.
session-ended-body = На этом терминале было слишком много неверных попыток. Для вашей безопасности мы начали заново.

## Password rejected by the service
reason-too_short = Пароль короче 8 символов.
reason-too_long = Пароль длиннее 64 символов.
reason-common = Это распространённый пароль, его легко угадать.
reason-contains_name = Пароль содержит ваше имя или имя пользователя.
reason-too_weak = Пароль слишком легко угадать.
reason-same_as_current = Пароль совпадает с текущим.
reason-invisible_character = В нём есть символ, которого не видно на экране. Введите пароль ещё раз.
reason-directory_policy = Собственные правила паролей школьной системы его не приняли. Попробуйте пароль длиннее, например из трёх-четырёх слов.
reason-directory_account = Школьная система не смогла изменить пароль этой учётной записи. Обратитесь к сотрудникам за стойкой.

## Idle
idle-title = Вы ещё здесь?
idle-body = Для защиты ваших данных терминал начнёт заново через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
  }.
idle-keep = Нажмите любую клавишу, чтобы продолжить.

## Staff exit
exit-title = Выход для сотрудников
exit-label = Код выхода
exit-wrong = Неверный код.
exit-not-configured = В kiosk.toml не задан код выхода.
exit-wait = Слишком много неверных кодов. Подождите немного.

## Small terminal
too-small = Пожалуйста, увеличьте окно (не меньше 40 × 12).

## Enrollment (menu 5)
key-save = Enter: Готово
key-finish = Esc: Готово
key-set-up-more = Enter: Настроить ещё
key-change-question = ←→: Сменить
enroll-title = Настройте PIN-код или контрольные вопросы
enroll-intro = Войдите с именем пользователя и паролем государственных школ Нью-Йорка.
enroll-username = Имя пользователя или номер ученика
enroll-password = Пароль
enroll-menu-title = Ваш PIN-код и контрольные вопросы
enroll-status-pin = PIN-код
enroll-status-questions = Контрольные вопросы
enroll-status-set = есть
enroll-status-not-set = нет
enroll-create-pin = Создать PIN-код
enroll-change-pin = Изменить PIN-код
enroll-set-questions = Настроить контрольные вопросы
enroll-change-questions = Изменить контрольные вопросы
enroll-finish = Готово
enroll-optional = PIN-код и контрольные вопросы необязательны. Но если нет ни того, ни другого, сбросить пароль самостоятельно ни на этом терминале, ни онлайн нельзя.
enroll-young = Если PIN-код трудно запомнить или ученик ещё маленький, родитель или опекун может сбросить пароль в NYC Schools Account (NYCSA).
enroll-pin-title = Создайте PIN-код
enroll-pin-new = Новый PIN-код
enroll-pin-confirm = Повторите PIN-код
enroll-pin-rule-length = От 5 до 8 букв или цифр
enroll-pin-rule-repeat = Не один и тот же символ подряд (например, 11111)
enroll-pin-rule-sequence = Не простая последовательность (например, 12345)
enroll-pin-rule-birthday = Не ваша дата рождения
enroll-pin-mismatch = PIN-коды не совпадают.
enroll-pin-hint = Выберите PIN-код, который вы запомните. В школе его никто не знает и не может увидеть.
enroll-questions-title = Настройте контрольные вопросы
enroll-questions-hint = Выберите три разных вопроса с помощью ◀ ▶ и ответы, которые вы запомните.
enroll-password-again = Введите пароль ещё раз, чтобы сохранить
enroll-wrong-password = Неверный пароль.
question-reason-invalid = Выберите три вопроса из списка.
question-reason-repeated = Каждый вопрос можно выбрать только один раз.
question-reason-length = В каждом ответе должно быть не меньше 3 символов.
question-reason-answers-repeated = Все ответы должны быть разными.
question-reason-question-words = В ответе нельзя использовать слова из вопроса.
pin-saved-title = Ваш PIN-код сохранён
pin-saved-body = Теперь вы можете сами сбросить пароль с помощью этого PIN-кода. Мы отправили письмо в вашу учётную запись государственных школ Нью-Йорка для подтверждения.
questions-saved-title = Ваши контрольные вопросы сохранены
questions-saved-body = Теперь вы можете сами сбросить пароль с помощью этих ответов. Мы отправили письмо в вашу учётную запись государственных школ Нью-Йорка для подтверждения.
password-temporary-hint = Вы вошли с временным паролем. Сначала придумайте свой пароль.
sign-in-failed-body = Неверное имя пользователя или пароль.
sign-in-failed-help = Забыли пароль? Выберите пункт 1 и используйте PIN-код или контрольные вопросы, попросите родителя или опекуна сбросить его в NYCSA или обратитесь к сотрудникам за стойкой.
sign-in-failed-nycsa-help = Если вы забыли пароль NYCSA, выберите в меню пункт 3, чтобы получить ссылку для сброса по электронной почте, или обратитесь к сотрудникам за стойкой.
sign-in-failed-staff-help = Проверьте ID сотрудника, пароль и код (код меняется каждые 30 секунд и действует один раз). После 5 неудачных попыток вход для сотрудников приостанавливается на 15 минут; руководитель может помочь.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: К списку детей
qr-scan = Отсканируйте телефоном
parent-title = Родители и опекуны
parent-intro = В NYC Schools Account (NYCSA) можно сбросить пароль ребёнка и узнать ID его учётной записи.
parent-sign-in = Войти в мой NYC Schools Account (NYCSA)
parent-no-account = У меня нет NYC Schools Account
parent-sign-in-title = Вход в NYC Schools Account
parent-sign-in-intro = Введите адрес электронной почты и пароль от вашего NYC Schools Account (NYCSA).
parent-email = Адрес эл. почты
parent-password = Пароль NYCSA
parent-forgot-hint = Не помните пароль NYCSA? Вернитесь в меню и выберите пункт 3.
children-title = Ваши дети
children-hello = Здравствуйте, { $name }. Выберите ребёнка:
children-none = К этой учётной записи пока не привязаны дети. Помогут сотрудники за стойкой или школа вашего ребёнка.
children-wrong-info = Если здесь что-то неверно о вашем ребёнке, обратитесь в его школу.
child-show-id = Показать ID учётной записи
child-reset = Сбросить пароль
child-account-id = ID учётной записи
child-email = Эл. почта
child-id-hint = Ребёнок входит с этим ID учётной записи и своим паролем.
child-done-title = Пароль изменён
child-done-body = Теперь { $name } может войти с новым паролем. Мы отправили письмо вам и в учётную запись ребёнка в государственных школах Нью-Йорка.
no-nycsa-title = Как получить NYC Schools Account
no-nycsa-what = NYC Schools Account (NYCSA) позволяет родителям и опекунам видеть информацию о ребёнке и сбрасывать его пароль.
no-nycsa-free = Это бесплатно.
no-nycsa-how = Чтобы создать учётную запись, обратитесь в школу ребёнка или к сотрудникам за стойкой в { $center }. Можно также начать на сайте NYCSA по QR-коду.
forgot-email = Адрес эл. почты
forgot-email-error = Введите полный адрес эл. почты, например name@example.org.
forgot-nycsa-title = Забыли пароль от NYC Schools Account?
forgot-nycsa-intro = Введите адрес эл. почты вашего NYC Schools Account (NYCSA). Мы пришлём ссылку для сброса пароля.
forgot-myschools-title = Забыли пароль от MySchools?
forgot-myschools-intro = Введите адрес эл. почты вашей учётной записи MySchools. Мы пришлём ссылку для сброса пароля.
forgot-sent-title = Проверьте почту
forgot-sent-body = Если этот адрес привязан к учётной записи, мы отправили на него ссылку для сброса. Ссылка действует 30 минут.
forgot-nycsa-not-arrived = Письма нет? Проверьте папку «Спам». Если проблема не решится, обратитесь в школу ребёнка.
forgot-myschools-not-arrived = Письма нет? Проверьте папку «Спам». По другим вопросам о MySchools обратитесь к школьному консультанту ребёнка, в центр приёма семей или позвоните по номеру 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: Помощь
key-close-help = Esc: Закрыть
key-send = Enter: Отправить
key-change = Esc: Изменить
key-change-topic = ←→: Тема
offline-banner = Сейчас нет связи с сервисом учётных записей. Помощь: 718-935-2009
help-title = Помощь и контакты
help-school = По большинству вопросов об учётной записи ребёнка обращайтесь в его школу или к школьному консультанту.
help-center = В этом центре ({ $center }) сотрудники за стойкой помогут вам лично.
help-phone = Телефон: 718-935-2009
help-support-hub = Запрос в службу поддержки можно отправить и здесь (пункт меню 6), или на сайте Support Hub по QR-коду.
ticket-title = Запрос в службу поддержки
ticket-intro = Расскажите, что вам нужно. Мы ответим по эл. почте или по телефону.
ticket-topic = Тема
ticket-topic-student_password = Пароль ученика
ticket-topic-nycsa = NYC Schools Account (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = Неверные данные о ребёнке
ticket-topic-other = Другое
ticket-description = С чем вам нужна помощь?
ticket-name = Ваше имя
ticket-email = Эл. почта (или телефон ниже)
ticket-phone = Номер телефона
ticket-error-topic = Выберите тему.
ticket-error-description = Пожалуйста, опишите проблему.
ticket-error-name = Пожалуйста, введите имя.
ticket-error-email = Адрес эл. почты неполный.
ticket-error-phone = Введите номер телефона с кодом города.
ticket-error-contact = Укажите эл. почту или телефон.
ticket-error-language = Пожалуйста, выберите язык.
ticket-review-title = Проверьте запрос
ticket-review-hint = Всё верно? Enter — отправить, Esc — вернуться и исправить.
ticket-review-topic = Тема
ticket-review-description = Ваше сообщение
ticket-review-name = Имя
ticket-review-email = Эл. почта
ticket-review-phone = Телефон
ticket-done-title = Ваш запрос принят
ticket-done-number = Номер вашего запроса:
ticket-done-body = Запишите номер { $ticket }. Мы с вами свяжемся. Чтобы следить за запросом, отсканируйте QR-код телефоном.

## Counter mode (staff)
key-sign-out = F10: Выйти
key-search = Enter: Найти
staff-sign-in-title = Вход для сотрудников
staff-sign-in-intro = Это терминал для работы за стойкой. Сотрудники входят со своим ID сотрудника, паролем и 6-значным кодом из приложения-аутентификатора.
staff-id = ID сотрудника
staff-password = Пароль
staff-code = 6-значный код
staff-home-title = Стойка
staff-find = Найти ученика
staff-family-menu = Помочь посетителю в меню для семей
staff-report = Отчёт за сегодня
staff-sign-out = Выйти
report-title = Отчёт за сегодня
report-day = { $day } — посещений: { $visits }
report-median-visit = Время от первого нажатия до конца посещения (медиана): { $time }
report-handoff-waits = Направлены к стойке и приняты: { $claimed }. Ожидание: медиана { $median }, самое долгое { $longest }
report-duration = { $minutes } мин { $seconds } с
report-none = пока нет
report-all = Всего
report-password-changed = Пароль изменён
report-enrolled = PIN-код или вопросы настроены
report-handed-off = Направлены к стойке
report-gave-up = Ушли, не закончив
report-week = Посещения за последние 7 дней
staff-find-title = Поиск ученика
staff-find-hint = Номер ученика, имя пользователя или фамилия и дата рождения (Martinez 03/14/2012).
staff-find-label = Поиск
staff-find-none = Ученик не найден. Проверьте написание или дату рождения.
staff-student-id = Номер ученика
staff-questions = Вопросы
staff-yes = да
staff-no = нет
staff-paused = Самостоятельный сброс приостановлен
staff-paused-temporary = на 15 минут
staff-paused-until_reset = до сброса родителем или сотрудником
staff-last-reset = Последний сброс
staff-must-change = Временный пароль ещё не изменён.
staff-audit = Последние действия
staff-check-needed = Сначала лично проверьте личность посетителя.
staff-check-ok = Личность проверена. Выберите действие:
staff-check-recorded = Проверка личности записана. Она действует 10 минут.
staff-check-expired = Срок проверки личности истёк. Проверьте ещё раз.
staff-action-check = Записать проверку личности
staff-action-visitor-password = Сброс: посетитель вводит новый пароль
staff-action-temporary = Выдать временный пароль
staff-action-resume = Возобновить самостоятельный сброс
staff-action-clear-pin = Удалить PIN-код
staff-action-clear-questions = Удалить контрольные вопросы
staff-action-refresh = Обновить
staff-done-resume = Самостоятельный сброс возобновлён.
staff-done-clear-pin = PIN-код удалён. Ученик может создать новый.
staff-done-clear-questions = Контрольные вопросы удалены. Ученик может настроить новые.
staff-done-visitor-password = Новый пароль посетителя сохранён.
staff-check-title = Проверка личности
staff-check-intro = Кто посетитель и какой документ вы видели?
staff-visitor = Посетитель
staff-visitor-student = Сам ученик
staff-visitor-parent = Родитель
staff-visitor-guardian = Опекун
staff-document = Предъявленный документ (например, удостоверение личности NYC)
staff-note = Примечание (необязательно)
staff-adult = Какой взрослый
staff-adult-unlisted = Нет в этом списке
staff-override-hint = Взрослого, не связанного с этим учеником, может допустить только руководитель. Укажите причину ниже (например: предъявлены документы об опеке).
staff-override-reason = Причина, указанная руководителем (не меньше 10 символов)
staff-guardian-not-linked = Этот взрослый не связан с учеником. Выберите связанного родителя или опекуна или обратитесь к руководителю.
staff-supervisor-required = Взрослого, не связанного с учеником, может допустить только руководитель. Попросите руководителя войти на этом терминале.
staff-relationship-parent = родитель
staff-relationship-guardian = опекун
staff-relationship-relative = родственник
staff-guardians = Родители и опекуны
staff-guardians-none = никто не связан
staff-turn-title = Пожалуйста, поверните клавиатуру к посетителю
staff-turn-body = Пожалуйста, поверните клавиатуру к посетителю.
staff-turn-note = Посетитель дважды вводит новый пароль. Пароль скрыт: сотрудники его не видят.
staff-temp-title = Временный пароль
staff-temp-intro = Передайте этот временный пароль посетителю. Он показывается только один раз:
staff-temp-must-change = При следующем входе ученик должен придумать новый пароль (пункт меню 5 на терминале).
staff-temp-countdown = Этот пароль исчезнет через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
  }.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: Повторить
key-voice = F5: Голос вкл/выкл
speech-press = { $choice } — нажмите { $number }.
speech-language-choice = Для русского языка нажмите { $number }.
speech-keys = Нажмите Enter, чтобы продолжить, или Esc, чтобы вернуться. Нажмите F4, чтобы прослушать ещё раз, или F5, чтобы выключить голос.
speech-off = Голос выключен. Нажмите F5, чтобы включить его снова.
speech-secret-typed = { $count ->
    [1] Один символ
    [one] { $count } символ
    [few] { $count } символа
   *[other] { $count } символов
  }
speech-secret-deleted = Удалено

## Ask at the counter (hand-offs)
key-counter = F6: Помощь у стойки
help-counter = Не получается? Нажмите F6 и получите номер для стойки.
handoff-title = Помощь у стойки
handoff-sending = Получаем ваш номер для стойки…
handoff-number-label = Ваш номер для стойки:
handoff-tell = Подойдите к стойке и назовите свой номер: { $number }. Сотрудники видят, что произошло здесь, поэтому объяснять заново не нужно.
handoff-tell-short = Подойдите к стойке и назовите свой номер: { $number }.
handoff-body = Сотрудник за стойкой поможет вам лично. Чтобы выйти с этого экрана, нажмите Enter.
handoff-offline = Сейчас терминал не может связаться с сервисом учётных записей, поэтому номера нет. Всё равно подойдите к стойке: вам помогут.
handoff-reason-no-method = нет PIN-кода и вопросов
handoff-reason-paused = сброс приостановлен
handoff-reason-too-soon = правило 30 дней
handoff-reason-sign-in-failed = не удалось войти
handoff-reason-not-found = ученик не найден
handoff-reason-refused = отказ сервиса
handoff-reason-asked = попросили помощи
staff-queue-title = Семьи, направленные с терминалов ({ $count })
staff-queue-empty = Никто не ждёт.
staff-queue-new = НОВОЕ
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } мин
staff-queue-unreachable = Не удалось обновить очередь. Пробуем снова.
staff-handoff-taken = Уже принято другой стойкой.
staff-handoff-gone = Срок этого обращения истёк, или оно уже закрыто.
staff-find-handoff = Обращение { $handoff }. Терминал не проверил, кто этот ученик: найдите его здесь.
