# Confirmation emails — French

## Common
greeting = Bonjour { $first_name },
greeting-parent = Bonjour,
not-you = Si vous n’avez pas fait cette demande, contactez rapidement l’école ou le conseiller scolaire, ou appelez la ligne d’aide des écoles publiques de NYC au 718-935-2009.
signature = Écoles publiques de NYC — Centres d’accueil des familles
footer = Ceci est un message automatique. Merci de ne pas y répondre : personne ne lit les réponses.

## password_changed
password_changed-subject = Votre mot de passe a été changé
password_changed-p1 = Le mot de passe de votre compte scolaire { $username } a été changé le { $changed_at }.
password_changed-p2 = Vous pouvez maintenant vous connecter à votre compte scolaire avec votre nouveau mot de passe.

## child_password_changed
child_password_changed-subject = Vous avez changé le mot de passe de votre enfant
child_password_changed-p1 = Le { $changed_at }, vous avez changé le mot de passe du compte scolaire de votre enfant { $first_name } ({ $username }) dans votre NYC Schools Account (NYCSA).
child_password_changed-p2 = Donnez le nouveau mot de passe à votre enfant en personne. Ne l’envoyez pas par SMS ni par e-mail.

## pin_set
pin_set-subject = Votre code PIN a été enregistré
pin_set-p1 = Un code PIN a été enregistré pour votre compte { $username } le { $at }.
pin_set-p2 = Avec ce code PIN, vous pouvez réinitialiser vous-même votre mot de passe sur une borne d’un centre d’accueil. Gardez votre code PIN secret et ne le donnez jamais à personne.

## questions_set
questions_set-subject = Vos questions de sécurité ont été enregistrées
questions_set-p1 = Des questions de sécurité ont été enregistrées pour votre compte { $username } le { $at }.
questions_set-p2 = Vous pouvez répondre à ces questions pour réinitialiser vous-même votre mot de passe. Ne dites vos réponses à personne.

## nycsa_reset_link
nycsa_reset_link-subject = Réinitialisez votre mot de passe NYC Schools Account
nycsa_reset_link-greeting = Bonjour { $name },
nycsa_reset_link-p1 = Pour choisir un nouveau mot de passe pour votre NYC Schools Account (NYCSA), ouvrez ce lien : { $link }
nycsa_reset_link-p2 = Ce lien ne fonctionne qu’une seule fois, et seulement pendant { $expires_in_minutes } minutes.

## myschools_reset_link
myschools_reset_link-subject = Réinitialisez votre mot de passe MySchools
myschools_reset_link-greeting = Bonjour { $name },
myschools_reset_link-p1 = Pour choisir un nouveau mot de passe pour votre compte MySchools (le site pour demander une place dans les écoles publiques de NYC), ouvrez ce lien : { $link }
myschools_reset_link-p2 = Ce lien ne fonctionne qu’une seule fois, et seulement pendant { $expires_in_minutes } minutes.

## self_service_resumed
self_service_resumed-subject = Vous pouvez de nouveau réinitialiser vous-même votre mot de passe
self_service_resumed-p1 = Le { $at }, le personnel du centre { $center } a réactivé pour votre compte { $username } la possibilité de réinitialiser vous-même votre mot de passe.
self_service_resumed-p2 = Vous pouvez de nouveau réinitialiser vous-même votre mot de passe, avec votre code PIN ou vos questions de sécurité.

## pin_cleared
pin_cleared-subject = Votre code PIN a été supprimé
pin_cleared-p1 = Le { $at }, le personnel du centre { $center } a supprimé le code PIN de votre compte { $username }.
pin_cleared-p2 = Après votre connexion, vous pouvez créer un nouveau code PIN sur une borne d’un centre d’accueil.

## questions_cleared
questions_cleared-subject = Vos questions de sécurité ont été supprimées
questions_cleared-p1 = Le { $at }, le personnel du centre { $center } a supprimé les questions de sécurité de votre compte { $username }.
questions_cleared-p2 = Après votre connexion, vous pouvez créer de nouvelles questions de sécurité sur une borne d’un centre d’accueil.

## guardian_notice
guardian_notice-subject = Un changement sur le compte scolaire de votre enfant
guardian_notice-p1 = { $change ->
     [pin_set] Le { $at }, un code PIN a été enregistré pour le compte scolaire de { $first_name } ({ $username }).
     [questions_set] Le { $at }, des questions de sécurité ont été enregistrées pour le compte scolaire de { $first_name } ({ $username }).
     [pin_cleared] Le { $at }, le code PIN du compte scolaire de { $first_name } ({ $username }) a été supprimé.
     [questions_cleared] Le { $at }, les questions de sécurité du compte scolaire de { $first_name } ({ $username }) ont été supprimées.
    *[password] Le { $at }, le mot de passe du compte scolaire de { $first_name } ({ $username }) a été changé.
}
guardian_notice-p2 = { $place ->
     [nycsa] Cela a été fait par un autre parent ou tuteur, avec son NYC Schools Account (NYCSA).
     [counter] Cela a été fait par le personnel de { $center }, après vérification de l’identité de la personne qui l’a demandé.
    *[kiosk] Cela a été fait sur une borne d’un centre d’accueil des familles.
}
guardian_notice-p3 = Si ni vous, ni votre enfant, ni un autre parent ou tuteur de votre enfant n’avez demandé cela, appelez tout de suite le centre d’accueil des familles au 718-935-2009.
