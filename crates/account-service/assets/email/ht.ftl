# Confirmation emails — Haitian Creole

## Common
greeting = Bonjou { $first_name },
greeting-parent = Bonjou,
not-you = Si se pa ou ki te mande sa, tanpri kontakte lekòl la oswa konseye lekòl la touswit, oswa rele liy dirèk Lekòl Piblik NYC yo nan 718-935-2009.
signature = Lekòl Piblik NYC — Sant Akèy Fanmi yo
footer = Sa a se yon mesaj otomatik. Tanpri pa reponn li, paske pèsonn p ap li repons yo.

## password_changed
password_changed-subject = Modpas ou chanje
password_changed-p1 = Modpas kont lekòl ou { $username } te chanje nan dat { $changed_at }.
password_changed-p2 = Kounye a ou ka konekte nan kont lekòl ou ak nouvo modpas ou.

## child_password_changed
child_password_changed-subject = Ou chanje modpas pitit ou
child_password_changed-p1 = Nan dat { $changed_at }, ou te chanje modpas kont lekòl pitit ou { $first_name } ({ $username }) nan NYC Schools Account (NYCSA) ou.
child_password_changed-p2 = Tanpri bay pitit ou nouvo modpas la an pèsòn. Pa voye l pa mesaj tèks ni pa imèl.

## pin_set
pin_set-subject = PIN ou anrejistre
pin_set-p1 = Nan dat { $at }, yo anrejistre yon PIN pou kont ou { $username }.
pin_set-p2 = Avèk PIN sa a, ou ka chanje modpas ou poukont ou nan yon kyòs nan yon Sant Akèy. Kenbe PIN ou an sekrè, pa janm bay pèsonn li.

## questions_set
questions_set-subject = Kesyon sekirite ou yo anrejistre
questions_set-p1 = Nan dat { $at }, yo anrejistre kesyon sekirite pou kont ou { $username }.
questions_set-p2 = Ou ka reponn kesyon sa yo pou chanje modpas ou poukont ou. Pa di pèsonn repons ou yo.

## nycsa_reset_link
nycsa_reset_link-subject = Chanje modpas NYC Schools Account ou
nycsa_reset_link-greeting = Bonjou { $name },
nycsa_reset_link-p1 = Pou chwazi yon nouvo modpas pou NYC Schools Account (NYCSA) ou, louvri lyen sa a: { $link }
nycsa_reset_link-p2 = Lyen an mache yon sèl fwa sèlman, epi pandan { $expires_in_minutes } minit sèlman.

## myschools_reset_link
myschools_reset_link-subject = Chanje modpas MySchools ou
myschools_reset_link-greeting = Bonjou { $name },
myschools_reset_link-p1 = Pou chwazi yon nouvo modpas pou kont MySchools ou (sit entènèt pou fè aplikasyon nan lekòl piblik NYC yo), louvri lyen sa a: { $link }
myschools_reset_link-p2 = Lyen an mache yon sèl fwa sèlman, epi pandan { $expires_in_minutes } minit sèlman.

## self_service_resumed
self_service_resumed-subject = Ou ka chanje modpas ou poukont ou ankò
self_service_resumed-p1 = Nan dat { $at }, anplwaye nan { $center } te remete opsyon pou w chanje modpas ou poukont ou sou kont ou { $username }.
self_service_resumed-p2 = Kounye a ou ka chanje modpas ou poukont ou ankò, ak PIN ou oswa ak kesyon sekirite ou yo.

## pin_cleared
pin_cleared-subject = Yo retire PIN ou
pin_cleared-p1 = Nan dat { $at }, anplwaye nan { $center } te retire PIN kont ou { $username }.
pin_cleared-p2 = Apre ou konekte, ou ka kreye yon nouvo PIN nan yon kyòs nan yon Sant Akèy.

## questions_cleared
questions_cleared-subject = Yo retire kesyon sekirite ou yo
questions_cleared-p1 = Nan dat { $at }, anplwaye nan { $center } te retire kesyon sekirite kont ou { $username }.
questions_cleared-p2 = Apre ou konekte, ou ka kreye nouvo kesyon sekirite nan yon kyòs nan yon Sant Akèy.

## guardian_notice
guardian_notice-subject = Gen yon chanjman nan kont lekòl pitit ou
guardian_notice-p1 = { $change ->
     [pin_set] Nan dat { $at }, yo anrejistre yon PIN pou kont lekòl { $first_name } ({ $username }).
     [questions_set] Nan dat { $at }, yo anrejistre kesyon sekirite pou kont lekòl { $first_name } ({ $username }).
     [pin_cleared] Nan dat { $at }, yo retire PIN kont lekòl { $first_name } ({ $username }).
     [questions_cleared] Nan dat { $at }, yo retire kesyon sekirite kont lekòl { $first_name } ({ $username }).
    *[password] Nan dat { $at }, yo chanje modpas kont lekòl { $first_name } ({ $username }).
}
guardian_notice-p2 = { $place ->
     [nycsa] Se yon lòt paran oswa gadyen ki fè sa, ak NYC Schools Account (NYCSA) pa li.
     [counter] Se anplwaye { $center } ki fè sa, apre yo te verifye idantite moun ki te mande l la.
    *[kiosk] Sa te fèt sou yon kyòs nan yon Sant Akèy Fanmi.
}
guardian_notice-p3 = Si ni ou menm, ni pitit ou, ni yon lòt paran oswa gadyen pitit ou pa t mande sa, rele Sant Akèy Fanmi an touswit nan 718-935-2009.
