# Welcome Center Kiosk — Kreyòl ayisyen (Haitian Creole).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = Etap { $step } sou { $total }
please-wait = Tanpri tann…

## Footer keys
key-continue = Enter: Kontinye
key-back = Esc: Tounen
key-move = Tab/↑↓: Deplase
key-select = ↑↓: Chwazi
key-language = F2: Lang
key-show-hide = F3: Montre/Kache
key-menu = Esc: Meni
key-start-over = Enter: Rekòmanse
key-try-again = Enter: Eseye ankò

## Language picker
language-title = Chwazi lang ou
language-hint = Sèvi ak ↑ ↓ ak Enter, oswa peze nimewo a.

## Menu
menu-title = Kijan nou ka ede w jodi a?
menu-student-reset = Elèv — chanje modpas Lekòl Piblik NYC mwen
menu-parent = Paran oswa gadyen — chanje modpas pitit mwen, oswa jwenn ID kont pitit mwen (NYCSA)
menu-forgot-nycsa = Mwen bliye modpas NYC Schools Account (NYCSA) mwen
menu-forgot-myschools = Mwen bliye modpas MySchools mwen
menu-enroll = Elèv — kreye PIN mwen oswa kesyon sekirite mwen
menu-ticket = Louvri yon demann sipò
menu-help = Lòt èd ak enfòmasyon pou kontakte nou

not-ready-title = Sa poko disponib nan kyòs sa a
not-ready-body = Opsyon sa a poko disponib nan kyòs sa a. Anplwaye ki nan kontwa a ka ede w kounye a, oswa rele 718-935-2009.

## Student reset: lookup
lookup-title = Chanje modpas Lekòl Piblik NYC ou
lookup-intro = Tape non itilizatè ou (tankou AvaM1234) oswa nimewo elèv ou ki gen 9 chif, ak dat nesans ou.
lookup-student = Non itilizatè oswa nimewo elèv
lookup-birth-date = Dat nesans (MM/JJ/AAAA)
lookup-date-understood = Nou konprann: { $date }. Si se pa dat nesans ou, chanje l.
date-in-words = { $day } { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm
lookup-error-student = Tape yon non itilizatè (tankou AvaM1234) oswa yon nimewo elèv ki gen 9 chif.
lookup-error-birth-date = Tape dat nesans lan konsa: mwa/jou/ane, pa egzanp 03/14/2012.

## Student reset: method
method-title = Kijan ou vle pwouve se ou menm?
method-pin = Avèk PIN mwen
method-questions = Avèk kesyon sekirite mwen yo
no-method-title = Ou poko gen PIN ni kesyon sekirite
no-method-body = Pou w chanje modpas ou poukont ou, ou bezwen yon PIN oswa kesyon sekirite, epi ou poko kreye yo. Men, ou ka jwenn yon nouvo modpas kanmenm:
no-method-parent = • Mande paran oswa gadyen ou chanje l nan NYC Schools Account (NYCSA) pa yo. Si yo pa gen kont, yo ka kreye youn gratis.
no-method-school = • Mande lekòl ou, oswa anplwaye ki nan kontwa Sant Akèy sa a, pou yo chanje l pou ou.
no-method-enroll = Lè w konekte ankò, ou ka kreye yon PIN oswa kesyon sekirite (opsyon 5 nan meni an) pou w ka fè sa poukont ou pwochen fwa.

## Student reset: PIN
pin-title = Tape PIN ou
pin-label = PIN
pin-hint = PIN ou se 5 a 8 lèt oswa chif ou te chwazi yo. Se pa modpas ou.

## Student reset: questions
questions-title = Reponn kesyon sekirite ou yo
questions-hint = Tape repons ou te chwazi yo. Lèt majiskil ak espas anplis pa gen enpòtans.

question-first_pet = Ki non premye bèt kay ou te genyen?
question-birth_city = Nan ki vil ou te fèt?
question-favorite_teacher = Ki pwofesè ou pi renmen?
question-favorite_book = Ki liv ou pi renmen?
question-favorite_food = Ki manje ou pi renmen?
question-best_friend = Ki non pi bon zanmi ou?
question-first_school = Ki non premye lekòl ou te ale?
question-favorite_sport = Ki espò ou pi renmen?
question-favorite_place = Ki kote ou pi renmen vizite?
question-favorite_movie = Ki fim ou pi renmen?
question-favorite_animal = Ki bèt ou pi renmen?
question-dream_job = Ki travay ou vle fè lè w gran?
question-favorite_game = Ki jwèt ou pi renmen?
question-grandmother_name = Ki premye non grann ou?
question-unknown = Kesyon sekirite

## New password
password-title = Chwazi yon nouvo modpas
password-new = Nouvo modpas
password-confirm = Tape l ankò
password-rule-length = 8 a 64 karaktè
password-rule-common = Se pa yon modpas moun itilize souvan
password-rule-name = Pa gen non ou ni non itilizatè ou ladan l
password-rule-child-name = Pa gen non pitit ou ni ID kont li ladan l
password-rule-strength = Difisil pou devine
password-rule-match = De modpas yo menm
password-mismatch = De modpas ou tape yo pa menm.
password-rule-current = Se pa modpas ou genyen kounye a
password-strength = Fòs: { $label }
strength-0 = Trè fèb
strength-1 = Fèb
strength-2 = Mwayen
strength-3 = Bon
strength-4 = Fò
password-hint = Konsèy: twa oswa kat mo o aza fasil pou sonje, e difisil pou devine.
password-fix-first = Nouvo modpas la poko respekte tout règ yo. Gade lis la.

## Done
done-title = Modpas ou chanje
done-body = Kounye a ou ka konekte ak nouvo modpas ou. Nou voye yon imèl nan kont Lekòl Piblik NYC ou pou konfime chanjman an.
done-return = Ekran sa a ap retounen nan kòmansman an nan { $seconds } segonn.

## Problems
problem-title = Nou pa t ka kontinye
not-verified-body = Nou pa jwenn okenn elèv ak enfòmasyon sa yo. Verifye non itilizatè a oswa nimewo elèv la ak dat nesans lan, epi eseye ankò.
not-verified-help = Ou sèten enfòmasyon yo bon? Apre twòp move esè, ou p ap ka chanje modpas la poukont ou pou yon ti tan. Yon paran oswa yon gadyen ka chanje modpas ou nan NYCSA, oswa anplwaye ki nan kontwa a ka ede w kounye a.
too-many-tries-body = Te gen twòp esè. Pou pwoteje kont yo, ou pa ka eseye ankò pou yon ti tan. Mande anplwaye ki nan kontwa a èd kounye a.
verification-failed-body = { $method ->
    [pin] PIN sa a pa bon.
   *[questions] Repons sa yo pa bon.
  }
attempts-left = { $count ->
    [one] Ou gen { $count } lòt chans. Apre sa, ou p ap ka chanje modpas la poukont ou pou yon tan.
   *[other] Ou gen { $count } lòt chans. Apre sa, ou p ap ka chanje modpas la poukont ou pou yon tan.
  }
paused-temporary-body = Ou pa ka chanje modpas la poukont ou pou kounye a, paske te gen twòp move esè sou kont sa a. Ou ka eseye ankò nan { $minutes ->
    [one] { $minutes } minit
   *[other] { $minutes } minit
  }.
paused-until-reset-body = Ou pa ka chanje modpas la poukont ou pou kounye a, paske te gen twòp move esè sou kont sa a.
paused-help = Yon paran oswa gadyen ka chanje modpas ou nan NYC Schools Account (NYCSA), oswa anplwaye ki nan kontwa a ka ede w kounye a.
too-soon-body = Ou ka chanje modpas ou poukont ou yon fwa chak 30 jou. Ou ka fè l ankò poukont ou apati { $date }.
too-soon-help = Si w bezwen l kounye a, yon paran oswa gadyen ka chanje l nan NYC Schools Account (NYCSA), oswa anplwaye ki nan kontwa a ka ede w.
flow-expired-body = Sa te pran twòp tan, kidonk nou sispann pou sekirite ou. Tanpri rekòmanse.
offline-body = Nou pa ka konekte ak sèvis kont yo kounye a. Tanpri eseye ankò nan kèk minit.
offline-help = Pou jwenn èd kounye a, mande anplwaye ki nan kontwa a oswa rele 718-935-2009.
unauthorized-body = Kyòs sa a pa anrejistre nan sèvis kont yo. Tanpri avèti anplwaye ki nan kontwa a.
unauthorized-counter-body = Tèminal kontwa sa a pa anrejistre nan sèvis kont yo, oswa yo te anile anrejistreman li. Mande sipèvizè w oswa IT pou yo anrejistre l ankò (account-service devices add --mode counter).
internal-body = Gen yon bagay ki pa mache bò kote pa nou. Tanpri eseye ankò, oswa mande anplwaye ki nan kontwa a.
directory-unavailable-body = Anyè modpas sistèm lekòl la pa reponn kounye a. Modpas ou a pa chanje.
directory-unavailable-help = Tanpri eseye ankò nan kèk minit. Nou pa konte esè sa a kòm yon move esè. Pou jwenn èd kounye a, mande anplwaye ki nan kontwa a.
session-ended-body = Te gen twòp move esè nan kyòs sa a. Nou rekòmanse pou sekirite ou.

## Password rejected by the service
reason-too_short = Li gen mwens pase 8 karaktè.
reason-too_long = Li gen plis pase 64 karaktè.
reason-common = Se yon modpas moun itilize souvan, li fasil pou devine.
reason-contains_name = Li gen non ou oswa non itilizatè ou ladan l.
reason-too_weak = Li twò fasil pou devine.
reason-same_as_current = Li menm jan ak modpas ou genyen kounye a.
reason-invisible_character = Li gen yon karaktè ki pa parèt sou ekran an. Tanpri tape l ankò.
reason-directory_policy = Règ modpas sistèm lekòl la pa aksepte li. Eseye yon modpas ki pi long, pa egzanp twa oswa kat mo.
reason-directory_account = Sistèm lekòl la pa t kapab chanje modpas kont sa a. Tanpri mande anplwaye ki nan kontwa a.

## Idle
idle-title = Èske w la toujou?
idle-body = Pou pwoteje vi prive ou, kyòs sa a ap rekòmanse nan { $seconds } segonn.
idle-keep = Peze nenpòt touch pou kontinye.

## Staff exit
exit-title = Sòti pou anplwaye
exit-label = Kòd sòti
exit-wrong = Kòd sa a pa bon.
exit-not-configured = Pa gen kòd sòti nan kiosk.toml.
exit-wait = Twòp kòd ki pa bon. Tanpri tann yon ti moman.

## Small terminal
too-small = Tanpri fè fenèt sa a pi gran (omwen 40 × 12).

## Enrollment (menu 5)
key-save = Enter: Sove
key-finish = Esc: Fini
key-set-up-more = Enter: Kreye lòt bagay
key-change-question = ←→: Chanje
enroll-title = Kreye PIN ou oswa kesyon sekirite ou
enroll-intro = Konekte ak non itilizatè ak modpas Lekòl Piblik NYC ou.
enroll-username = Non itilizatè oswa nimewo elèv
enroll-password = Modpas
enroll-menu-title = PIN ou ak kesyon sekirite ou
enroll-status-pin = PIN
enroll-status-questions = Kesyon sekirite
enroll-status-set = kreye
enroll-status-not-set = poko kreye
enroll-create-pin = Kreye yon PIN
enroll-change-pin = Chanje PIN mwen
enroll-set-questions = Kreye kesyon sekirite
enroll-change-questions = Chanje kesyon sekirite mwen yo
enroll-finish = Fini
enroll-optional = PIN ak kesyon sekirite pa obligatwa. Men si w pa gen youn nan yo, ou p ap ka chanje modpas ou poukont ou nan kyòs sa a oswa sou entènèt.
enroll-young = Si yon PIN t ap difisil pou sonje, oswa pou yon elèv ki piti, yon paran oswa gadyen ka chanje modpas la nan NYC Schools Account (NYCSA).
enroll-pin-title = Kreye PIN ou
enroll-pin-new = Nouvo PIN
enroll-pin-confirm = Tape PIN nan ankò
enroll-pin-rule-length = 5 a 8 lèt oswa chif
enroll-pin-rule-repeat = Se pa menm karaktè a ki repete (tankou 11111)
enroll-pin-rule-sequence = Se pa yon seri ki swiv (tankou 12345)
enroll-pin-rule-birthday = Se pa dat nesans ou
enroll-pin-mismatch = De PIN yo pa menm.
enroll-pin-hint = Chwazi yon PIN ou p ap bliye. Pèsonn nan lekòl la pa konnen l ni pa ka wè l.
enroll-questions-title = Kreye kesyon sekirite ou yo
enroll-questions-hint = Chwazi twa kesyon diferan ak ◀ ▶, ak repons ou p ap bliye.
enroll-password-again = Tape modpas ou ankò pou anrejistre
enroll-wrong-password = Modpas sa a pa bon.
question-reason-invalid = Chwazi twa kesyon nan lis la.
question-reason-repeated = Ou ka chwazi chak kesyon yon sèl fwa.
question-reason-length = Chak repons bezwen omwen 3 karaktè.
question-reason-answers-repeated = Chak repons dwe diferan.
question-reason-question-words = Yon repons pa ka gen mo ki nan kesyon li.
pin-saved-title = PIN ou anrejistre
pin-saved-body = Kounye a ou ka chanje modpas ou poukont ou ak PIN sa a. Nou voye yon imèl nan kont Lekòl Piblik NYC ou pou konfime sa.
questions-saved-title = Kesyon sekirite ou yo anrejistre
questions-saved-body = Kounye a ou ka chanje modpas ou poukont ou ak repons sa yo. Nou voye yon imèl nan kont Lekòl Piblik NYC ou pou konfime sa.
password-temporary-hint = Ou konekte ak yon modpas tanporè. Tanpri chwazi pwòp modpas ou anvan.
sign-in-failed-body = Non itilizatè a oswa modpas la pa bon.
sign-in-failed-help = Ou bliye modpas ou? Sèvi ak opsyon 1 avèk PIN oswa kesyon ou yo, mande yon paran oswa gadyen chanje l nan NYCSA, oswa mande anplwaye ki nan kontwa a.
sign-in-failed-nycsa-help = Si ou bliye modpas NYCSA ou, chwazi opsyon 3 nan meni an pou w resevwa yon lyen pa imèl pou chanje l, oswa mande anplwaye ki nan kontwa a.
sign-in-failed-staff-help = Verifye ID anplwaye a, modpas la ak kòd la (kòd la chanje chak 30 segonn epi li mache yon sèl fwa). Apre 5 move esè, koneksyon anplwaye a kanpe pou 15 minit; yon sipèvizè ka ede.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: Tounen nan pitit mwen yo
qr-scan = Eskane l ak telefòn ou
parent-title = Paran ak gadyen
parent-intro = Avèk yon NYC Schools Account (NYCSA), ou ka chanje modpas pitit ou epi wè ID kont li.
parent-sign-in = Konekte nan NYC Schools Account (NYCSA) mwen
parent-no-account = Mwen pa gen yon NYC Schools Account
parent-sign-in-title = Konekte nan NYC Schools Account
parent-sign-in-intro = Tape adrès imèl ak modpas NYC Schools Account (NYCSA) ou.
parent-email = Adrès imèl
parent-password = Modpas NYCSA
parent-forgot-hint = Ou bliye modpas NYCSA ou? Tounen nan meni an epi chwazi opsyon 3.
children-title = Pitit ou yo
children-hello = Bonjou, { $name }. Chwazi yon pitit:
children-none = Poko gen okenn pitit ki lye ak kont sa a. Anplwaye ki nan kontwa a oswa lekòl pitit ou ka ede w.
children-wrong-info = Si gen yon bagay isit la ki pa kòrèk sou pitit ou, tanpri kontakte lekòl pitit ou.
child-show-id = Montre ID kont lan
child-reset = Chanje modpas la
child-account-id = ID kont
child-email = Imèl
child-id-hint = Pitit ou konekte ak ID kont sa a ak pwòp modpas li.
child-done-title = Modpas la chanje
child-done-body = Kounye a { $name } ka konekte ak nouvo modpas la. Nou voye yon imèl ba ou ak nan kont Lekòl Piblik NYC pitit ou a.
no-nycsa-title = Jwenn yon NYC Schools Account
no-nycsa-what = NYC Schools Account (NYCSA) pèmèt paran ak gadyen wè enfòmasyon pitit yo epi chanje modpas pitit yo.
no-nycsa-free = Li gratis.
no-nycsa-how = Pou w kreye youn, mande lekòl pitit ou, oswa anplwaye ki nan kontwa { $center }. Ou ka kòmanse sou sit entènèt NYCSA a tou ak kòd QR la.
forgot-email = Adrès imèl
forgot-email-error = Tape yon adrès imèl konplè, tankou name@example.org.
forgot-nycsa-title = Ou bliye modpas NYC Schools Account ou?
forgot-nycsa-intro = Tape adrès imèl NYC Schools Account (NYCSA) ou. N ap voye yon lyen pou chanje modpas la.
forgot-myschools-title = Ou bliye modpas MySchools ou?
forgot-myschools-intro = Tape adrès imèl kont MySchools ou. N ap voye yon lyen pou chanje modpas la.
forgot-sent-title = Gade imèl ou
forgot-sent-body = Si gen yon kont ki sèvi ak adrès sa a, nou voye yon lyen pou chanje modpas la. Lyen an bon pou 30 minit.
forgot-nycsa-not-arrived = Pa gen imèl? Gade nan dosye spam lan. Si pwoblèm nan kontinye, kontakte lekòl pitit ou.
forgot-myschools-not-arrived = Pa gen imèl? Gade nan dosye spam lan. Pou lòt pwoblèm ak MySchools, pale ak konseye lekòl pitit ou, jwenn èd nan yon Sant Akèy Fanmi, oswa rele 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: Èd
key-close-help = Esc: Fèmen
key-send = Enter: Voye
key-change = Esc: Chanje
key-change-topic = ←→: Sijè
offline-banner = Nou pa ka konekte ak sèvis kont yo kounye a. Èd: 718-935-2009
help-title = Èd ak enfòmasyon pou kontakte nou
help-school = Pou pifò kesyon sou kont pitit ou, kontakte lekòl pitit ou oswa konseye lekòl la.
help-center = Nan Sant Akèy Fanmi sa a ({ $center }), anplwaye ki nan kontwa a ka ede w an pèsòn.
help-phone = Telefòn: 718-935-2009
help-support-hub = Ou ka louvri yon demann sipò isit la tou (opsyon 6 nan meni an), oswa sou sit entènèt Support Hub la ak kòd QR la.
ticket-title = Louvri yon demann sipò
ticket-intro = Di nou sa w bezwen. N ap reponn ou pa imèl oswa pa telefòn.
ticket-topic = Sijè
ticket-topic-student_password = Modpas elèv
ticket-topic-nycsa = NYC Schools Account (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = Enfòmasyon ki pa kòrèk sou pitit mwen
ticket-topic-other = Lòt bagay
ticket-description = Ki èd ou bezwen?
ticket-name = Non ou
ticket-email = Imèl (oswa yon nimewo telefòn pi ba)
ticket-phone = Nimewo telefòn
ticket-error-topic = Chwazi yon sijè.
ticket-error-description = Tanpri esplike pwoblèm nan.
ticket-error-name = Tanpri tape non ou.
ticket-error-email = Adrès imèl sa a pa konplè.
ticket-error-phone = Tape yon nimewo telefòn ak kòd zòn nan.
ticket-error-contact = Bay yon imèl oswa yon nimewo telefòn.
ticket-error-language = Tanpri chwazi yon lang.
ticket-review-title = Verifye demann ou
ticket-review-hint = Tout bagay kòrèk? Enter voye l; Esc fè w tounen pou chanje l.
ticket-review-topic = Sijè
ticket-review-description = Mesaj ou
ticket-review-name = Non
ticket-review-email = Imèl
ticket-review-phone = Telefòn
ticket-done-title = Demann ou louvri
ticket-done-number = Nimewo demann ou:
ticket-done-body = Tanpri ekri { $ticket } yon kote. N ap kontakte w. Pou swiv demann nan, eskane kòd QR la ak telefòn ou.

## Counter mode (staff)
key-sign-out = F10: Dekonekte
key-search = Enter: Chèche
staff-sign-in-title = Koneksyon anplwaye
staff-sign-in-intro = Sa a se yon tèminal pou kontwa a. Anplwaye yo konekte ak ID anplwaye yo, modpas yo ak kòd 6 chif ki nan aplikasyon otantifikasyon yo a.
staff-id = ID anplwaye
staff-password = Modpas
staff-code = Kòd 6 chif
staff-home-title = Kontwa
staff-find = Chèche yon elèv
staff-family-menu = Ede yon vizitè ak meni fanmi an
staff-report = Rapò jodi a
staff-sign-out = Dekonekte
report-title = Rapò jodi a
report-day = { $day } — vizit: { $visits }
report-median-visit = Tan medyàn depi premye touch la jiska fen vizit la: { $time }
report-handoff-waits = Voye bay kontwa a epi yo pran yo: { $claimed }. Tan pou tann: medyàn { $median }, pi long lan { $longest }
report-duration = { $minutes } min { $seconds } s
report-none = poko genyen
report-all = Total
report-password-changed = Modpas chanje
report-enrolled = PIN oswa kesyon kreye
report-handed-off = Voye bay kontwa a
report-gave-up = Ale san yo pa fini
report-week = Vizit nan 7 dènye jou yo
staff-find-title = Chèche yon elèv
staff-find-hint = Nimewo elèv, non itilizatè, oswa siyati ak dat nesans (Martinez 03/14/2012).
staff-find-label = Chèche
staff-find-none = Pa gen okenn elèv ki koresponn. Verifye òtograf la oswa dat nesans lan.
staff-student-id = Nimewo elèv
staff-questions = Kesyon
staff-yes = wi
staff-no = non
staff-paused = Sèvis otonòm sispann
staff-paused-temporary = pou 15 minit
staff-paused-until_reset = jiskaske yon paran oswa anplwaye chanje l
staff-last-reset = Dènye chanjman modpas
staff-must-change = Gen yon modpas tanporè ki poko chanje.
staff-audit = Dènye aktivite
staff-check-needed = Verifye idantite vizitè a an pèsòn anvan.
staff-check-ok = Idantite a verifye. Chwazi yon aksyon:
staff-check-recorded = Verifikasyon idantite a anrejistre. Li bon pou 10 minit.
staff-check-expired = Verifikasyon idantite a ekspire. Tanpri verifye ankò.
staff-action-check = Anrejistre yon verifikasyon idantite
staff-action-visitor-password = Chanje: vizitè a tape nouvo modpas la
staff-action-temporary = Bay yon modpas tanporè
staff-action-resume = Reaktive sèvis otonòm nan
staff-action-clear-pin = Efase PIN nan
staff-action-clear-questions = Efase kesyon sekirite yo
staff-action-refresh = Rafrechi
staff-done-resume = Sèvis otonòm nan reaktive.
staff-done-clear-pin = PIN nan efase. Elèv la ka kreye yon nouvo.
staff-done-clear-questions = Kesyon sekirite yo efase. Elèv la ka kreye nouvo kesyon.
staff-done-visitor-password = Nouvo modpas vizitè a anrejistre.
staff-check-title = Verifikasyon idantite
staff-check-intro = Kiyès vizitè a ye, e ki dokiman ou te wè?
staff-visitor = Vizitè
staff-visitor-student = Elèv la
staff-visitor-parent = Yon paran
staff-visitor-guardian = Yon gadyen
staff-document = Dokiman ou te wè (pa egzanp: kat idantite NYC)
staff-note = Nòt (si w vle)
staff-adult = Ki granmoun
staff-adult-unlisted = Pa nan lis sa a
staff-override-hint = Se sèlman yon sipèvizè ki ka apwouve yon granmoun ki pa lye ak elèv sa a. Ekri rezon an anba a (pa egzanp: nou wè papye gad timoun nan).
staff-override-reason = Rezon sipèvizè a (omwen 10 karaktè)
staff-guardian-not-linked = Granmoun sa a pa lye ak elèv la. Chwazi yon paran oswa yon gadyen ki lye, oswa mande yon sipèvizè.
staff-supervisor-required = Se sèlman yon sipèvizè ki ka apwouve yon granmoun ki pa lye. Mande yon sipèvizè pou l konekte nan kontwa sa a.
staff-relationship-parent = paran
staff-relationship-guardian = gadyen
staff-relationship-relative = fanmi
staff-guardians = Paran ak gadyen
staff-guardians-none = pèsonn pa lye
staff-turn-title = Tanpri vire klavye a bay vizitè a
staff-turn-body = Tanpri vire klavye a bay vizitè a.
staff-turn-note = Vizitè a tape nouvo modpas la de fwa. Li rete kache: anplwaye yo pa janm wè l.
staff-temp-title = Modpas tanporè
staff-temp-intro = Bay vizitè a modpas tanporè sa a. Li parèt yon sèl fwa sèlman:
staff-temp-must-change = Elèv la dwe chwazi yon nouvo modpas pwochen fwa li konekte (opsyon 5 nan meni kyòs la).
staff-temp-countdown = Modpas sa a ap disparèt nan { $seconds } segonn.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: Koute ankò
key-voice = F5: Vwa limen/fèmen
speech-press = Pou { $choice }, peze { $number }.
speech-language-choice = Pou kreyòl ayisyen, peze { $number }.
speech-keys = Peze Enter pou kontinye, oswa Esc pou retounen. Peze F4 pou tande ankò, oswa F5 pou fèmen vwa a.
speech-off = Vwa a fèmen. Peze F5 pou limen l ankò.
speech-secret-typed = { $count ->
    [one] Yon karaktè
   *[other] { $count } karaktè
  }
speech-secret-deleted = Efase

## Ask at the counter (hand-offs)
key-counter = F6: Mande nan kontwa a
help-counter = Ou bloke? Peze F6 pou w jwenn yon nimewo pou kontwa a.
handoff-title = Mande nan kontwa a
handoff-sending = N ap chèche nimewo w pou kontwa a…
handoff-number-label = Nimewo w pou kontwa a:
handoff-tell = Ale nan kontwa a epi di nimewo w: { $number }. Anplwaye yo ka wè sa k te pase isit la, kidonk ou pa bezwen esplike l ankò.
handoff-tell-short = Ale nan kontwa a epi di nimewo w: { $number }.
handoff-body = Yon anplwaye nan kontwa a ap ede w an pèsòn. Pou w kite ekran sa a, peze Enter.
handoff-offline = Kounye a kyòs la pa ka konekte ak sèvis kont yo, kidonk pa gen nimewo. Ale nan kontwa a kanmenm: anplwaye yo ap ede w.
handoff-reason-no-method = pa gen PIN ni kesyon
handoff-reason-paused = sèvis otonòm sispann
handoff-reason-too-soon = règ 30 jou a
handoff-reason-sign-in-failed = pa t ka konekte
handoff-reason-not-found = pa jwenn elèv la
handoff-reason-refused = sèvis la refize
handoff-reason-asked = mande èd
staff-queue-title = Fanmi kyòs yo voye ({ $count })
staff-queue-empty = Pèsonn p ap tann.
staff-queue-new = NOUVO
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } min
staff-queue-unreachable = Nou pa t ka mete lis la ajou. N ap eseye ankò.
staff-handoff-taken = Yon lòt kontwa deja pran l.
staff-handoff-gone = Ka sa a ekspire oswa li pa louvri ankò.
staff-find-handoff = Ka { $handoff }. Kyòs la pa t verifye kiyès elèv la ye: chèche l isit la.
