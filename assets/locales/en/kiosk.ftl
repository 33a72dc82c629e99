# Welcome Center Kiosk — English.
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = Step { $step } of { $total }
please-wait = Please wait…

## Footer keys
key-continue = Enter: Continue
key-back = Esc: Back
key-move = Tab/↑↓: Move
key-select = ↑↓: Choose
key-language = F2: Language
key-show-hide = F3: Show/Hide
key-menu = Esc: Menu
key-start-over = Enter: Start over
key-try-again = Enter: Try again

## Language picker
language-title = Choose your language
language-hint = Use ↑ ↓ and Enter, or press the number.

## Menu
menu-title = How can we help you today?
menu-student-reset = Student — reset my NYC Public Schools password
menu-parent = Parent or guardian — reset my child's password, or find my child's account ID (NYCSA)
menu-forgot-nycsa = I forgot my NYC Schools Account (NYCSA) password
menu-forgot-myschools = I forgot my MySchools password
menu-enroll = Student — set up my PIN or security questions
menu-ticket = Open a support ticket
menu-help = Other help and contact information

not-ready-title = Not available at this kiosk yet
not-ready-body = This option is not available at this kiosk yet. Staff at the counter can help you with it now, or call 718-935-2009.

## Student reset: lookup
lookup-title = Reset your NYC Public Schools password
lookup-intro = Type your username (like AvaM1234) or your 9-digit student ID, and your date of birth.
lookup-student = Username or student ID
lookup-birth-date = Date of birth (MM/DD/YYYY)
lookup-date-understood = We read this as: { $date }. If that is not your date of birth, change it.
date-in-words = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
lookup-error-student = Type a username (like AvaM1234) or a 9-digit student ID.
lookup-error-birth-date = Type the date of birth as month/day/year, for example 03/14/2012.

## Student reset: method
method-title = How do you want to prove it is you?
method-pin = With my PIN
method-questions = With my security questions
no-method-title = You have no PIN or security questions yet
no-method-body = To reset your password yourself, you need a PIN or security questions, and you have not set them up. You can still get a new password:
no-method-parent = • Ask your parent or guardian to reset it in their NYC Schools Account (NYCSA). If they do not have an account, they can create one for free.
no-method-school = • Ask your school, or the staff at this Welcome Center's counter, to reset it for you.
no-method-enroll = After you sign in again, you can set up a PIN or security questions (menu option 5) so you can do this yourself next time.

## Student reset: PIN
pin-title = Enter your PIN
pin-label = PIN
pin-hint = Your PIN is the 5 to 8 letters or numbers you chose. It is not your password.

## Student reset: questions
questions-title = Answer your security questions
questions-hint = Type the answers you chose. Capital letters and extra spaces do not matter.

question-first_pet = What was the name of your first pet?
question-birth_city = In what city were you born?
question-favorite_teacher = Who is your favorite teacher?
question-favorite_book = What is your favorite book?
question-favorite_food = What is your favorite food?
question-best_friend = What is the name of your best friend?
question-first_school = What was the name of your first school?
question-favorite_sport = What is your favorite sport?
question-favorite_place = What is your favorite place to visit?
question-favorite_movie = What is your favorite movie?
question-favorite_animal = What is your favorite animal?
question-dream_job = What job do you want when you grow up?
question-favorite_game = What is your favorite game?
question-grandmother_name = What is your grandmother's first name?
question-unknown = Security question

## New password
password-title = Choose a new password
password-new = New password
password-confirm = Type it again
password-rule-length = 8 to 64 characters
password-rule-common = Not a common password
password-rule-name = Does not contain your name or username
password-rule-child-name = Does not contain your child's name or account ID
password-rule-strength = Hard to guess
password-rule-match = Both entries match
password-mismatch = The two entries are not the same.
password-rule-current = Not your current password
password-strength = Strength: { $label }
strength-0 = Very weak
strength-1 = Weak
strength-2 = Fair
strength-3 = Good
strength-4 = Strong
password-hint = Tip: three or four random words are easy to remember and hard to guess.
password-fix-first = The new password does not meet every rule yet. Look at the list.

## Done
done-title = Your password has been changed
done-body = You can now sign in with your new password. We sent an email to your NYC Public Schools account to confirm the change.
done-return = This screen will go back to the start in { $seconds } seconds.

## Problems
problem-title = We could not continue
not-verified-body = We could not find a student with those details. Check the username or student ID and the date of birth, and try again.
not-verified-help = Sure the details are right? After too many wrong tries, self-service stops for a while. A parent or guardian can reset your password in NYCSA, or the staff at the counter can help you now.
too-many-tries-body = There have been too many tries. To keep accounts safe, trying again is paused for a while. Please ask the staff at the counter for help now.
verification-failed-body = { $method ->
    [pin] That PIN did not match.
   *[questions] Those answers did not match.
  }
attempts-left = { $count ->
    [one] You have 1 more try before self-service is paused.
   *[other] You have { $count } more tries before self-service is paused.
  }
paused-temporary-body = Self-service is paused for this account because of too many wrong tries. You can try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }.
paused-until-reset-body = Self-service is paused for this account because of too many wrong tries.
paused-help = A parent or guardian can reset your password in NYC Schools Account (NYCSA), or the staff at the counter can help you now.
too-soon-body = You can reset your password yourself once every 30 days. You can do it yourself again on { $date }.
too-soon-help = If you need it now, a parent or guardian can reset it in NYC Schools Account (NYCSA), or the staff at the counter can help you.
flow-expired-body = This took too long, so we stopped for your safety. Please start again.
offline-body = We cannot reach the account service right now. Please try again in a few minutes.
offline-help = For help now, ask the staff at the counter or call 718-935-2009.
unauthorized-body = This kiosk is not registered with the account service. Please tell the staff at the counter.
unauthorized-counter-body = This counter terminal is not registered with the account service, or its registration was revoked. Ask your supervisor or IT to register it again (account-service devices add --mode counter).
internal-body = Something went wrong on our side. Please try again, or ask the staff at the counter.
directory-unavailable-body = The school system's password directory is not answering right now. Your password was not changed.
directory-unavailable-help = Please try again in a few minutes. Nothing was counted against the account. For help now, ask the staff at the counter.
session-ended-body = There were too many wrong tries at this kiosk. We have started again for your safety.

## Password rejected by the service
reason-too_short = It is shorter than 8 characters.
reason-too_long = It is longer than 64 characters.
reason-common = It is a common password that is easy to guess.
reason-contains_name = It contains your name or username.
reason-too_weak = It is too easy to guess.
reason-same_as_current = It is the same as your current password.
reason-invisible_character = It contains a character that does not show on the screen. Please type it again.
reason-directory_policy = The school system's own password rules did not accept it. Try a longer password, for example three or four words.
reason-directory_account = The school system could not change the password of this account. Please ask the staff at the counter.

## Idle
idle-title = Are you still there?
idle-body = For your privacy, this kiosk will start over in { $seconds } seconds.
idle-keep = Press any key to continue.

## Staff exit
exit-title = Staff exit
exit-label = Exit code
exit-wrong = That code is not right.
exit-not-configured = No staff exit code is set in kiosk.toml.
exit-wait = Too many wrong codes. Please wait a moment.

## Small terminal
too-small = Please make this window larger (at least 40 × 12).

## Enrollment (menu 5)
key-save = Enter: Save
key-finish = Esc: Finish
key-set-up-more = Enter: Set up more
key-change-question = ←→: Other question
enroll-title = Set up your PIN or security questions
enroll-intro = Sign in with your NYC Public Schools username and password.
enroll-username = Username or student ID
enroll-password = Password
enroll-menu-title = Your PIN and security questions
enroll-status-pin = PIN
enroll-status-questions = Security questions
enroll-status-set = set
enroll-status-not-set = not set
enroll-create-pin = Create a PIN
enroll-change-pin = Change my PIN
enroll-set-questions = Set up security questions
enroll-change-questions = Change my security questions
enroll-finish = Finish
enroll-optional = A PIN and security questions are optional. Without one of them, you cannot reset your password yourself at this kiosk or online.
enroll-young = If a PIN would be hard to remember, or for a young student, a parent or guardian can reset the password in NYC Schools Account (NYCSA).
enroll-pin-title = Create your PIN
enroll-pin-new = New PIN
enroll-pin-confirm = Type the PIN again
enroll-pin-rule-length = 5 to 8 letters or numbers
enroll-pin-rule-repeat = Not one character over and over (like 11111)
enroll-pin-rule-sequence = Not a straight run (like 12345)
enroll-pin-rule-birthday = Not your date of birth
enroll-pin-mismatch = The two PINs are not the same.
enroll-pin-hint = Choose a PIN you will remember. Nobody at school knows it or can see it.
enroll-questions-title = Set up your security questions
enroll-questions-hint = Choose three different questions with ◀ ▶, and answers you will remember.
enroll-password-again = Type your password again to save
enroll-wrong-password = That password is not right.
question-reason-invalid = Choose three questions from the list.
question-reason-repeated = Each question can be chosen only once.
question-reason-length = Each answer needs at least 3 characters.
question-reason-answers-repeated = Each answer must be different.
question-reason-question-words = An answer cannot use words from its question.
pin-saved-title = Your PIN is saved
pin-saved-body = You can now reset your password yourself with this PIN. We sent an email to your NYC Public Schools account to confirm it.
questions-saved-title = Your security questions are saved
questions-saved-body = You can now reset your password yourself with these answers. We sent an email to your NYC Public Schools account to confirm it.
password-temporary-hint = You signed in with a temporary password. Please choose your own password first.
sign-in-failed-body = The username or password is not right.
sign-in-failed-help = Forgot your password? Use option 1 with your PIN or questions, ask a parent or guardian to reset it in NYCSA, or ask the staff at the counter.
sign-in-failed-nycsa-help = If you forgot your NYCSA password, choose option 3 on the menu to get a reset link by email, or ask the staff at the counter.
sign-in-failed-staff-help = Check the staff ID, the password and the code (a code changes every 30 seconds and works once). After 5 wrong tries, staff sign-in pauses for 15 minutes; a supervisor can help.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: Back to my children
qr-scan = Scan with your phone
parent-title = Parents and guardians
parent-intro = With a NYC Schools Account (NYCSA) you can reset your child's password and see your child's account ID.
parent-sign-in = Sign in to my NYC Schools Account (NYCSA)
parent-no-account = I do not have an NYC Schools Account
parent-sign-in-title = Sign in to NYC Schools Account
parent-sign-in-intro = Type the email address and password of your NYC Schools Account (NYCSA).
parent-email = Email address
parent-password = NYCSA password
parent-forgot-hint = Forgot your NYCSA password? Go back to the menu and choose option 3.
children-title = Your children
children-hello = Hello, { $name }. Choose a child:
children-none = No children are linked to this account yet. The staff at the counter or your child's school can help.
children-wrong-info = If anything here about your child is wrong, please contact your child's school.
child-show-id = Show the account ID
child-reset = Reset the password
child-account-id = Account ID
child-email = Email
child-id-hint = Your child signs in with this account ID and their password.
child-done-title = The password has been changed
child-done-body = { $name } can now sign in with the new password. We sent an email to your child's NYC Public Schools account and to you.
no-nycsa-title = Get an NYC Schools Account
no-nycsa-what = NYC Schools Account (NYCSA) lets parents and guardians see their child's information and reset their child's password.
no-nycsa-free = It is free.
no-nycsa-how = To create one, ask your child's school, or the staff at the { $center } counter. You can also start on the NYCSA website with the QR code.
forgot-email = Email address
forgot-email-error = Type a whole email address, like name@example.org.
forgot-nycsa-title = Forgot your NYC Schools Account password?
forgot-nycsa-intro = Type the email address of your NYC Schools Account (NYCSA). We will send a link to reset the password.
forgot-myschools-title = Forgot your MySchools password?
forgot-myschools-intro = Type the email address of your MySchools account. We will send a link to reset the password.
forgot-sent-title = Check your email
forgot-sent-body = If an account uses this address, we sent a reset link to it. The link works for 30 minutes.
forgot-nycsa-not-arrived = No email? Check the spam folder. If the problem continues, contact your child's school.
forgot-myschools-not-arrived = No email? Check the spam folder. For other problems with MySchools, talk to your child's school counselor, get help at a Family Welcome Center, or call 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: Help
key-close-help = Esc: Close
key-send = Enter: Send
key-change = Esc: Change
key-change-topic = ←→: Topic
offline-banner = The account service cannot be reached right now. Help: 718-935-2009
help-title = Help and contact information
help-school = For most questions about your child's account, contact your child's school or school counselor.
help-center = At this Family Welcome Center ({ $center }), the staff at the counter can help you in person.
help-phone = Phone: 718-935-2009
help-support-hub = You can also open a support ticket here (menu option 6), or on the Support Hub website with the QR code.
ticket-title = Open a support ticket
ticket-intro = Tell us what you need. We will answer by email or phone.
ticket-topic = Topic
ticket-topic-student_password = Student password
ticket-topic-nycsa = NYC Schools Account (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = Wrong information about my child
ticket-topic-other = Something else
ticket-description = What do you need help with?
ticket-name = Your name
ticket-email = Email (or a phone number below)
ticket-phone = Phone number
ticket-error-topic = Choose a topic.
ticket-error-description = Please describe the problem.
ticket-error-name = Please type your name.
ticket-error-email = This email address is not complete.
ticket-error-phone = Type a phone number with area code.
ticket-error-contact = Give an email or a phone number.
ticket-error-language = Please choose a language.
ticket-review-title = Check your ticket
ticket-review-hint = Is everything right? Enter sends it; Esc goes back to change it.
ticket-review-topic = Topic
ticket-review-description = Your message
ticket-review-name = Name
ticket-review-email = Email
ticket-review-phone = Phone
ticket-done-title = Your ticket is open
ticket-done-number = Your ticket number:
ticket-done-body = Please write down { $ticket }. We will contact you. To follow up, scan the QR code with your phone.

## Counter mode (staff)
key-sign-out = F10: Sign out
key-search = Enter: Search
staff-sign-in-title = Staff sign-in
staff-sign-in-intro = This is a counter terminal. Staff sign in with their staff ID, their password and the 6-digit code from their authenticator app.
staff-id = Staff ID
staff-password = Password
staff-code = 6-digit code
staff-home-title = Counter
staff-find = Find a student
staff-family-menu = Help a visitor with the family menu
staff-report = Today's report
staff-sign-out = Sign out
report-title = Today's report
report-day = { $day } — visits: { $visits }
report-median-visit = Median time from the first key to the end of a visit: { $time }
report-handoff-waits = Sent to the counter and taken: { $claimed }. Wait: median { $median }, longest { $longest }
report-duration = { $minutes } min { $seconds } s
report-none = none yet
report-all = All
report-password-changed = Password changed
report-enrolled = PIN or questions set up
report-handed-off = Sent to the counter
report-gave-up = Left without finishing
report-week = Visits in the last 7 days
staff-find-title = Find a student
staff-find-hint = Student ID, username, or last name and date of birth (Martinez 03/14/2012).
staff-find-label = Search
staff-find-none = No student matches. Check the spelling or the date of birth.
staff-student-id = Student ID
staff-questions = Questions
staff-yes = yes
staff-no = no
staff-paused = Self-service paused
staff-paused-temporary = for 15 minutes
staff-paused-until_reset = until a parent or staff reset
staff-last-reset = Last reset
staff-must-change = A temporary password is waiting to be changed.
staff-audit = Recent activity
staff-check-needed = Check the visitor's identity in person first.
staff-check-ok = Identity checked. Choose an action:
staff-check-recorded = Identity check recorded. It is valid for 10 minutes.
staff-check-expired = The identity check has expired. Please check again.
staff-action-check = Record an identity check
staff-action-visitor-password = Reset: the visitor types a new password
staff-action-temporary = Reset to a temporary password
staff-action-resume = Resume self-service
staff-action-clear-pin = Clear the PIN
staff-action-clear-questions = Clear the security questions
staff-action-refresh = Refresh
staff-done-resume = Self-service is resumed.
staff-done-clear-pin = The PIN is cleared. The student can create a new one.
staff-done-clear-questions = The security questions are cleared. The student can set new ones.
staff-done-visitor-password = The visitor's new password is saved.
staff-check-title = Identity check
staff-check-intro = Who is the visitor, and which document did you see?
staff-visitor = Visitor
staff-visitor-student = The student
staff-visitor-parent = A parent
staff-visitor-guardian = A guardian
staff-document = Document seen (for example: NYC ID card)
staff-note = Note (optional)
staff-adult = Which adult
staff-adult-unlisted = Not on this list
staff-override-hint = Only a supervisor can approve an adult who is not linked to this student. Write the reason below (for example: custody papers seen).
staff-override-reason = Supervisor's reason (at least 10 characters)
staff-guardian-not-linked = This adult is not linked to the student. Choose a linked parent or guardian, or ask a supervisor.
staff-supervisor-required = Only a supervisor can approve an adult who is not linked. Ask a supervisor to sign in at this counter.
staff-relationship-parent = parent
staff-relationship-guardian = guardian
staff-relationship-relative = relative
staff-guardians = Parents and guardians
staff-guardians-none = none linked
staff-turn-title = Please turn the keyboard to the visitor
staff-turn-body = Please turn the keyboard to the visitor.
staff-turn-note = The visitor types the new password twice. It stays hidden: staff never see it.
staff-temp-title = Temporary password
staff-temp-intro = Give this temporary password to the visitor. It is shown only once:
staff-temp-must-change = The student must choose a new password at the next sign-in (menu option 5 at the kiosk).
staff-temp-countdown = This password disappears in { $seconds } seconds.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: Listen again
key-voice = F5: Voice on/off
speech-press = Press { $number } for { $choice }.
speech-language-choice = For English, press { $number }.
speech-keys = Press Enter to continue, or Esc to go back. Press F4 to hear this again, or F5 to turn the voice off.
speech-off = The voice is off. Press F5 to turn it on again.
speech-secret-typed = { $count ->
    [one] One character
   *[other] { $count } characters
  }
speech-secret-deleted = Deleted

## Ask at the counter (hand-offs)
key-counter = F6: Ask at the counter
help-counter = Stuck anywhere? Press F6 for a number to say at the counter.
handoff-title = Ask at the counter
handoff-sending = Getting your number for the counter…
handoff-number-label = Your number for the counter:
handoff-tell = Go to the counter and say your number: { $number }. The staff can see what happened here, so you do not have to explain it again.
handoff-tell-short = Go to the counter and say your number: { $number }.
handoff-body = A staff member at the counter will help you in person. To leave this screen, press Enter.
handoff-offline = The kiosk cannot reach the account service right now, so there is no number. Please go to the counter anyway: the staff will help you.
handoff-reason-no-method = no PIN or questions
handoff-reason-paused = self-service paused
handoff-reason-too-soon = 30-day rule
handoff-reason-sign-in-failed = sign-in failed
handoff-reason-not-found = student not found
handoff-reason-refused = refused by the service
handoff-reason-asked = asked for help
staff-queue-title = Families sent from the kiosks ({ $count })
staff-queue-empty = Nobody is waiting.
staff-queue-new = NEW
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } min
staff-queue-unreachable = The queue could not be refreshed. Trying again.
staff-handoff-taken = Already taken by another counter.
staff-handoff-gone = That hand-off has expired or is no longer open.
staff-find-handoff = Hand-off { $handoff }. The kiosk did not verify who the student is: find them here.
