# Confirmation emails — Russian

## Common
greeting = Здравствуйте, { $first_name }!
greeting-parent = Здравствуйте!
not-you = Если вы об этом не просили, как можно скорее обратитесь в школу или к школьному консультанту, или позвоните на горячую линию государственных школ Нью-Йорка: 718-935-2009.
signature = Государственные школы Нью-Йорка — Центры приёма семей (Family Welcome Centers)
footer = Это автоматическое письмо. Пожалуйста, не отвечайте на него: ответы никто не читает.

## password_changed
password_changed-subject = Ваш пароль изменён
password_changed-p1 = Пароль вашей школьной учётной записи { $username } был изменён { $changed_at }.
password_changed-p2 = Теперь вы можете входить в свою школьную учётную запись с новым паролем.

## child_password_changed
child_password_changed-subject = Вы изменили пароль ребёнка
child_password_changed-p1 = { $changed_at } вы изменили через свою учётную запись NYC Schools Account (NYCSA) пароль школьной учётной записи вашего ребёнка ({ $first_name }, { $username }).
child_password_changed-p2 = Сообщите новый пароль ребёнку лично. Не отправляйте его в SMS или по электронной почте.

## pin_set
pin_set-subject = Ваш PIN-код сохранён
pin_set-p1 = { $at } для вашей учётной записи { $username } был сохранён PIN-код.
pin_set-p2 = С этим PIN-кодом вы можете сами сбросить свой пароль на терминале в центре приёма семей. Держите PIN-код в секрете и никогда никому его не сообщайте.

## questions_set
questions_set-subject = Ваши контрольные вопросы сохранены
questions_set-p1 = { $at } для вашей учётной записи { $username } были сохранены контрольные вопросы.
questions_set-p2 = Ответив на эти вопросы, вы сможете сами сбросить свой пароль. Никому не говорите свои ответы.

## nycsa_reset_link
nycsa_reset_link-subject = Сброс пароля NYC Schools Account
nycsa_reset_link-greeting = Здравствуйте, { $name }!
nycsa_reset_link-p1 = Чтобы выбрать новый пароль для NYC Schools Account (NYCSA), откройте эту ссылку: { $link }
nycsa_reset_link-p2 = Ссылка работает только один раз и только в течение { $expires_in_minutes } мин.

## myschools_reset_link
myschools_reset_link-subject = Сброс пароля MySchools
myschools_reset_link-greeting = Здравствуйте, { $name }!
myschools_reset_link-p1 = Чтобы выбрать новый пароль для учётной записи MySchools (сайт для подачи заявлений в государственные школы Нью-Йорка), откройте эту ссылку: { $link }
myschools_reset_link-p2 = Ссылка работает только один раз и только в течение { $expires_in_minutes } мин.

## self_service_resumed
self_service_resumed-subject = Вы снова можете сами сбросить пароль
self_service_resumed-p1 = { $at } сотрудники центра { $center } снова включили для вашей учётной записи { $username } возможность самостоятельно сбрасывать пароль.
self_service_resumed-p2 = Теперь вы снова можете сами сбросить пароль с помощью PIN-кода или контрольных вопросов.

## pin_cleared
pin_cleared-subject = Ваш PIN-код удалён
pin_cleared-p1 = { $at } сотрудники центра { $center } удалили PIN-код вашей учётной записи { $username }.
pin_cleared-p2 = После входа в систему вы можете задать новый PIN-код на терминале в центре приёма семей.

## questions_cleared
questions_cleared-subject = Ваши контрольные вопросы удалены
questions_cleared-p1 = { $at } сотрудники центра { $center } удалили контрольные вопросы вашей учётной записи { $username }.
questions_cleared-p2 = После входа в систему вы можете задать новые контрольные вопросы на терминале в центре приёма семей.

## guardian_notice
guardian_notice-subject = Изменение в школьной учётной записи вашего ребёнка
guardian_notice-p1 = { $change ->
     [pin_set] { $at } для школьной учётной записи { $first_name } ({ $username }) был сохранён PIN-код.
     [questions_set] { $at } для школьной учётной записи { $first_name } ({ $username }) были сохранены контрольные вопросы.
     [pin_cleared] { $at } PIN-код школьной учётной записи { $first_name } ({ $username }) был удалён.
     [questions_cleared] { $at } контрольные вопросы школьной учётной записи { $first_name } ({ $username }) были удалены.
    *[password] { $at } был изменён пароль школьной учётной записи { $first_name } ({ $username }).
}
guardian_notice-p2 = { $place ->
     [nycsa] Это сделал другой родитель или опекун через свою учётную запись NYC Schools Account (NYCSA).
     [counter] Это сделали сотрудники центра { $center } после проверки личности человека, который об этом попросил.
    *[kiosk] Это было сделано на терминале в центре приёма семей (Family Welcome Center).
}
guardian_notice-p3 = Если ни вы, ни ваш ребёнок, ни другой родитель или опекун ребёнка об этом не просили, сразу позвоните в центр приёма семей по номеру 718-935-2009.
