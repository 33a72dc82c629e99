# Confirmation emails — English

## Common
greeting = Hello { $first_name },
greeting-parent = Hello,
not-you = If you did not ask for this, please contact the school or the school counselor right away, or call the NYC Public Schools hotline at 718-935-2009.
signature = NYC Public Schools — Family Welcome Centers
footer = This is an automatic message. Please do not reply, because no one reads the replies.

## password_changed
password_changed-subject = Your password was changed
password_changed-p1 = The password of your school account { $username } was changed on { $changed_at }.
password_changed-p2 = You can now sign in to your school account with your new password.

## child_password_changed
child_password_changed-subject = You changed your child's password
child_password_changed-p1 = On { $changed_at }, you used your NYC Schools Account (NYCSA) to change the password of { $first_name }'s school account ({ $username }).
child_password_changed-p2 = Please give the new password to your child in person. Do not send it by text message or by email.

## pin_set
pin_set-subject = Your PIN was saved
pin_set-p1 = A PIN was saved for your account { $username } on { $at }.
pin_set-p2 = With this PIN, you can reset your password yourself at a Welcome Center kiosk. Keep your PIN secret and never share it with anyone.

## questions_set
questions_set-subject = Your security questions were saved
questions_set-p1 = Security questions were saved for your account { $username } on { $at }.
questions_set-p2 = You can answer these questions to reset your password yourself. Do not tell anyone your answers.

## nycsa_reset_link
nycsa_reset_link-subject = Reset your NYC Schools Account password
nycsa_reset_link-greeting = Hello { $name },
nycsa_reset_link-p1 = To choose a new password for your NYC Schools Account (NYCSA), open this link: { $link }
nycsa_reset_link-p2 = The link works only once, and only for { $expires_in_minutes } minutes.

## myschools_reset_link
myschools_reset_link-subject = Reset your MySchools password
myschools_reset_link-greeting = Hello { $name },
myschools_reset_link-p1 = To choose a new password for your MySchools account (the website for applying to NYC public schools), open this link: { $link }
myschools_reset_link-p2 = The link works only once, and only for { $expires_in_minutes } minutes.

## self_service_resumed
self_service_resumed-subject = You can reset your password yourself again
self_service_resumed-p1 = On { $at }, the staff at { $center } turned password self-service back on for your account { $username }.
self_service_resumed-p2 = You can again reset your password yourself, with your PIN or your security questions.

## pin_cleared
pin_cleared-subject = Your PIN was removed
pin_cleared-p1 = On { $at }, the staff at { $center } removed the PIN of your account { $username }.
pin_cleared-p2 = After you sign in, you can set a new PIN at a Welcome Center kiosk.

## questions_cleared
questions_cleared-subject = Your security questions were removed
questions_cleared-p1 = On { $at }, the staff at { $center } removed the security questions of your account { $username }.
questions_cleared-p2 = After you sign in, you can set new security questions at a Welcome Center kiosk.

## guardian_notice
guardian_notice-subject = A change to your child's school account
guardian_notice-p1 = { $change ->
     [pin_set] On { $at }, a PIN was saved for { $first_name }'s school account ({ $username }).
     [questions_set] On { $at }, security questions were saved for { $first_name }'s school account ({ $username }).
     [pin_cleared] On { $at }, the PIN of { $first_name }'s school account ({ $username }) was removed.
     [questions_cleared] On { $at }, the security questions of { $first_name }'s school account ({ $username }) were removed.
    *[password] On { $at }, the password of { $first_name }'s school account ({ $username }) was changed.
}
guardian_notice-p2 = { $place ->
     [nycsa] This was done by another parent or guardian, with their NYC Schools Account (NYCSA).
     [counter] This was done by the staff at { $center }, after they checked the identity of the person who asked.
    *[kiosk] This was done at a Family Welcome Center kiosk.
}
guardian_notice-p3 = If you, your child or another guardian of your child did not ask for this, call the Family Welcome Center right away at 718-935-2009.
