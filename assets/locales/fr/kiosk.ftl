# Welcome Center Kiosk — Français (French).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = Étape { $step } sur { $total }
please-wait = Veuillez patienter…

## Footer keys
key-continue = Enter: Valider
key-back = Esc: Retour
key-move = Tab/↑↓: Naviguer
key-select = ↑↓: Choisir
key-language = F2: Langue
key-show-hide = F3: Voir/Cacher
key-menu = Esc: Menu
key-start-over = Enter: Recommencer
key-try-again = Enter: Réessayer

## Language picker
language-title = Choisissez votre langue
language-hint = Utilisez ↑ ↓ et Enter, ou appuyez sur le numéro.

## Menu
menu-title = Comment pouvons-nous vous aider aujourd’hui ?
menu-student-reset = Élève — réinitialiser mon mot de passe des écoles publiques de NYC
menu-parent = Parent ou tuteur — réinitialiser le mot de passe de mon enfant ou trouver son identifiant (NYCSA)
menu-forgot-nycsa = J’ai oublié mon mot de passe NYC Schools Account (NYCSA)
menu-forgot-myschools = J’ai oublié mon mot de passe MySchools
menu-enroll = Élève — créer mon code PIN ou mes questions de sécurité
menu-ticket = Ouvrir une demande d’assistance
menu-help = Autre aide et coordonnées

not-ready-title = Pas encore disponible sur cette borne
not-ready-body = Cette option n’est pas encore disponible sur cette borne. Le personnel du comptoir peut vous aider tout de suite, ou appelez le 718-935-2009.

## Student reset: lookup
lookup-title = Réinitialiser votre mot de passe des écoles publiques de NYC
lookup-intro = Tapez votre nom d’utilisateur (par ex. AvaM1234) ou votre numéro d’élève à 9 chiffres, et votre date de naissance.
lookup-student = Nom d’utilisateur ou numéro d’élève
lookup-birth-date = Date de naissance (MM/JJ/AAAA)
lookup-date-understood = Nous avons compris : { $date }. Si ce n’est pas votre date de naissance, corrigez-la.
date-in-words = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
lookup-error-student = Tapez un nom d’utilisateur (par ex. AvaM1234) ou un numéro d’élève à 9 chiffres.
lookup-error-birth-date = Tapez la date de naissance au format mois/jour/année, par exemple 03/14/2012.

## Student reset: method
method-title = Comment voulez-vous prouver votre identité ?
method-pin = Avec mon code PIN
method-questions = Avec mes questions de sécurité
no-method-title = Pas encore de code PIN ni de questions de sécurité
no-method-body = Pour réinitialiser votre mot de passe vous-même, il faut un code PIN ou des questions de sécurité, et vous ne les avez pas encore créés. Vous pouvez quand même obtenir un nouveau mot de passe :
no-method-parent = • Demandez à votre parent ou tuteur de le réinitialiser dans son NYC Schools Account (NYCSA). S’il n’a pas de compte, il peut en créer un gratuitement.
no-method-school = • Demandez à votre école, ou au personnel du comptoir de ce centre d’accueil, de le réinitialiser pour vous.
no-method-enroll = Après votre prochaine connexion, vous pourrez créer un code PIN ou des questions de sécurité (option 5 du menu) pour le faire vous-même la prochaine fois.

## Student reset: PIN
pin-title = Entrez votre code PIN
pin-label = Code PIN
pin-hint = Votre code PIN, ce sont les 5 à 8 lettres ou chiffres que vous avez choisis. Ce n’est pas votre mot de passe.

## Student reset: questions
questions-title = Répondez à vos questions de sécurité
questions-hint = Tapez les réponses que vous avez choisies. Les majuscules et les espaces en trop ne comptent pas.

question-first_pet = Quel était le nom de votre premier animal de compagnie ?
question-birth_city = Quelle est votre ville de naissance ?
question-favorite_teacher = Qui est votre professeur préféré ?
question-favorite_book = Quel est votre livre préféré ?
question-favorite_food = Quel est votre plat préféré ?
question-best_friend = Comment s’appelle votre meilleur ami ?
question-first_school = Quel était le nom de votre première école ?
question-favorite_sport = Quel est votre sport préféré ?
question-favorite_place = Quel est l’endroit que vous préférez visiter ?
question-favorite_movie = Quel est votre film préféré ?
question-favorite_animal = Quel est votre animal préféré ?
question-dream_job = Quel métier voulez-vous faire plus tard ?
question-favorite_game = Quel est votre jeu préféré ?
question-grandmother_name = Quel est le prénom de votre grand-mère ?
question-unknown = Question de sécurité

## New password
password-title = Choisissez un nouveau mot de passe
password-new = Nouveau mot de passe
password-confirm = Retapez-le
password-rule-length = De 8 à 64 caractères
password-rule-common = Pas un mot de passe courant
password-rule-name = Ne contient ni votre nom ni votre nom d’utilisateur
password-rule-child-name = Ne contient ni le nom ni l’identifiant de votre enfant
password-rule-strength = Difficile à deviner
password-rule-match = Les deux saisies sont identiques
password-mismatch = Les deux saisies ne sont pas identiques.
password-rule-current = Différent de votre mot de passe actuel
password-strength = Solidité : { $label }
strength-0 = Très faible
strength-1 = Faible
strength-2 = Moyenne
strength-3 = Bonne
strength-4 = Forte
password-hint = Astuce : trois ou quatre mots pris au hasard sont faciles à retenir et difficiles à deviner.
password-fix-first = Le nouveau mot de passe ne respecte pas encore toutes les règles. Regardez la liste.

## Done
done-title = Votre mot de passe a été changé
done-body = Vous pouvez maintenant vous connecter avec votre nouveau mot de passe. Nous avons envoyé un e-mail à votre compte des écoles publiques de NYC pour confirmer le changement.
done-return = Cet écran reviendra au début dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  }.

## Problems
problem-title = Impossible de continuer
not-verified-body = Aucun élève ne correspond à ces informations. Vérifiez le nom d’utilisateur ou le numéro d’élève et la date de naissance, puis réessayez.
not-verified-help = Les informations sont-elles exactes ? Après trop d’essais incorrects, le libre-service s’arrête pendant un moment. Un parent ou tuteur peut réinitialiser votre mot de passe dans NYCSA, ou le personnel du comptoir peut vous aider tout de suite.
too-many-tries-body = Il y a eu trop d’essais. Pour protéger les comptes, il n’est plus possible de réessayer pendant un moment. Demandez de l’aide au personnel du comptoir tout de suite.
verification-failed-body = { $method ->
    [pin] Ce code PIN ne correspond pas.
   *[questions] Ces réponses ne correspondent pas.
  }
attempts-left = { $count ->
    [one] Il vous reste { $count } essai avant la suspension du libre-service.
   *[other] Il vous reste { $count } essais avant la suspension du libre-service.
  }
paused-temporary-body = Le libre-service est suspendu pour ce compte à cause de trop d’essais incorrects. Vous pourrez réessayer dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }.
paused-until-reset-body = Le libre-service est suspendu pour ce compte à cause de trop d’essais incorrects.
paused-help = Un parent ou tuteur peut réinitialiser votre mot de passe dans NYC Schools Account (NYCSA), ou le personnel du comptoir peut vous aider tout de suite.
too-soon-body = Vous pouvez réinitialiser votre mot de passe vous-même une fois tous les 30 jours. Vous pourrez le refaire le { $date }.
too-soon-help = Si vous en avez besoin maintenant, un parent ou tuteur peut le réinitialiser dans NYC Schools Account (NYCSA), ou le personnel du comptoir peut vous aider.
flow-expired-body = Cela a pris trop de temps, nous avons donc arrêté pour votre sécurité. Veuillez recommencer.
offline-body = Le service des comptes est injoignable pour le moment. Veuillez réessayer dans quelques minutes.
offline-help = Pour obtenir de l’aide maintenant, adressez-vous au personnel du comptoir ou appelez le 718-935-2009.
unauthorized-body = Cette borne n’est pas enregistrée auprès du service des comptes. Veuillez prévenir le personnel du comptoir.
unauthorized-counter-body = Ce poste de comptoir n’est pas enregistré auprès du service des comptes, ou son enregistrement a été révoqué. Demandez à votre superviseur ou au service informatique de l’enregistrer à nouveau (account-service devices add --mode counter).
internal-body = Un problème est survenu de notre côté. Veuillez réessayer ou demander au personnel du comptoir.
directory-unavailable-body = L’annuaire des mots de passe du système scolaire ne répond pas pour le moment. Votre mot de passe n’a pas été changé.
directory-unavailable-help = Veuillez réessayer dans quelques minutes. Cet essai n’a pas été compté comme un échec. Pour obtenir de l’aide maintenant, adressez-vous au personnel du comptoir.
session-ended-body = Il y a eu trop d’essais incorrects sur cette borne. Nous avons tout recommencé pour votre sécurité.

## Password rejected by the service
reason-too_short = Il fait moins de 8 caractères.
reason-too_long = Il fait plus de 64 caractères.
reason-common = C’est un mot de passe courant, facile à deviner.
reason-contains_name = Il contient votre nom ou votre nom d’utilisateur.
reason-too_weak = Il est trop facile à deviner.
reason-same_as_current = C’est le même que votre mot de passe actuel.
reason-invisible_character = Il contient un caractère qui ne s’affiche pas à l’écran. Veuillez le saisir à nouveau.
reason-directory_policy = Les règles de mot de passe du système scolaire ne l’ont pas accepté. Essayez un mot de passe plus long, par exemple trois ou quatre mots.
reason-directory_account = Le système scolaire n’a pas pu changer le mot de passe de ce compte. Veuillez vous adresser au personnel du comptoir.

## Idle
idle-title = Êtes-vous toujours là ?
idle-body = Pour protéger votre vie privée, cette borne va recommencer dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  }.
idle-keep = Appuyez sur une touche pour continuer.

## Staff exit
exit-title = Sortie réservée au personnel
exit-label = Code de sortie
exit-wrong = Ce code n’est pas correct.
exit-not-configured = Aucun code de sortie dans kiosk.toml.
exit-wait = Trop de codes incorrects. Veuillez patienter un instant.

## Small terminal
too-small = Veuillez agrandir cette fenêtre (au moins 40 × 12).

## Enrollment (menu 5)
key-save = Enter: Valider
key-finish = Esc: Terminer
key-set-up-more = Enter: Créer autre chose
key-change-question = ←→: Autre
enroll-title = Créer votre code PIN ou vos questions de sécurité
enroll-intro = Connectez-vous avec votre nom d’utilisateur et votre mot de passe des écoles publiques de NYC.
enroll-username = Nom d’utilisateur ou numéro d’élève
enroll-password = Mot de passe
enroll-menu-title = Votre code PIN et vos questions de sécurité
enroll-status-pin = Code PIN
enroll-status-questions = Questions de sécurité
enroll-status-set = en place
enroll-status-not-set = à créer
enroll-create-pin = Créer un code PIN
enroll-change-pin = Changer mon code PIN
enroll-set-questions = Créer des questions de sécurité
enroll-change-questions = Changer mes questions de sécurité
enroll-finish = Terminer
enroll-optional = Le code PIN et les questions de sécurité sont facultatifs. Sans au moins l’un des deux, vous ne pouvez pas réinitialiser votre mot de passe vous-même, ni sur cette borne ni en ligne.
enroll-young = Si un code PIN est difficile à retenir, ou pour un jeune élève, un parent ou tuteur peut réinitialiser le mot de passe dans NYC Schools Account (NYCSA).
enroll-pin-title = Créez votre code PIN
enroll-pin-new = Nouveau code PIN
enroll-pin-confirm = Retapez le code PIN
enroll-pin-rule-length = De 5 à 8 lettres ou chiffres
enroll-pin-rule-repeat = Pas un même caractère répété (par ex. 11111)
enroll-pin-rule-sequence = Pas une suite (par ex. 12345)
enroll-pin-rule-birthday = Pas votre date de naissance
enroll-pin-mismatch = Les deux codes PIN ne sont pas identiques.
enroll-pin-hint = Choisissez un code PIN dont vous vous souviendrez. Personne à l’école ne le connaît ni ne peut le voir.
enroll-questions-title = Créez vos questions de sécurité
enroll-questions-hint = Choisissez trois questions différentes avec ◀ ▶, et des réponses dont vous vous souviendrez.
enroll-password-again = Retapez votre mot de passe pour enregistrer
enroll-wrong-password = Mot de passe incorrect.
question-reason-invalid = Choisissez trois questions dans la liste.
question-reason-repeated = Chaque question ne peut être choisie qu’une fois.
question-reason-length = Chaque réponse doit faire au moins 3 caractères.
question-reason-answers-repeated = Chaque réponse doit être différente.
question-reason-question-words = Une réponse ne peut pas reprendre les mots de sa question.
pin-saved-title = Votre code PIN est enregistré
pin-saved-body = Vous pouvez maintenant réinitialiser votre mot de passe vous-même avec ce code PIN. Nous avons envoyé un e-mail à votre compte des écoles publiques de NYC pour le confirmer.
questions-saved-title = Vos questions de sécurité sont enregistrées
questions-saved-body = Vous pouvez maintenant réinitialiser votre mot de passe vous-même avec ces réponses. Nous avons envoyé un e-mail à votre compte des écoles publiques de NYC pour le confirmer.
password-temporary-hint = Vous utilisez un mot de passe temporaire. Veuillez d’abord choisir votre propre mot de passe.
sign-in-failed-body = Le nom d’utilisateur ou le mot de passe n’est pas correct.
sign-in-failed-help = Mot de passe oublié ? Utilisez l’option 1 avec votre code PIN ou vos questions, demandez à un parent ou tuteur de le réinitialiser dans NYCSA, ou adressez-vous au personnel du comptoir.
sign-in-failed-nycsa-help = Si vous avez oublié votre mot de passe NYCSA, choisissez l’option 3 du menu pour recevoir par e-mail un lien de réinitialisation, ou adressez-vous au personnel du comptoir.
sign-in-failed-staff-help = Vérifiez l’identifiant, le mot de passe et le code du personnel (le code change toutes les 30 secondes et ne sert qu’une fois). Après 5 essais incorrects, la connexion du personnel s’arrête 15 minutes ; un superviseur peut aider.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: Retour à mes enfants
qr-scan = Scannez avec un téléphone
parent-title = Parents et tuteurs
parent-intro = Avec un NYC Schools Account (NYCSA), vous pouvez réinitialiser le mot de passe de votre enfant et voir son identifiant.
parent-sign-in = Me connecter à mon NYC Schools Account (NYCSA)
parent-no-account = Je n’ai pas de NYC Schools Account
parent-sign-in-title = Connexion à NYC Schools Account
parent-sign-in-intro = Tapez l’adresse e-mail et le mot de passe de votre NYC Schools Account (NYCSA).
parent-email = Adresse e-mail
parent-password = Mot de passe NYCSA
parent-forgot-hint = Mot de passe NYCSA oublié ? Revenez au menu et choisissez l’option 3.
children-title = Vos enfants
children-hello = Bonjour { $name }. Choisissez un enfant :
children-none = Aucun enfant n’est encore associé à ce compte. Le personnel du comptoir ou l’école de votre enfant peut vous aider.
children-wrong-info = Si une information sur votre enfant est incorrecte, veuillez contacter son école.
child-show-id = Voir l’identifiant
child-reset = Réinitialiser le mot de passe
child-account-id = Identifiant
child-email = E-mail
child-id-hint = Votre enfant se connecte avec cet identifiant et son propre mot de passe.
child-done-title = Le mot de passe a été changé
child-done-body = { $name } peut maintenant se connecter avec le nouveau mot de passe. Nous vous avons envoyé un e-mail, ainsi qu’au compte des écoles publiques de NYC de votre enfant.
no-nycsa-title = Obtenir un NYC Schools Account
no-nycsa-what = NYC Schools Account (NYCSA) permet aux parents et tuteurs de voir les informations de leur enfant et de réinitialiser son mot de passe.
no-nycsa-free = C’est gratuit.
no-nycsa-how = Pour en créer un, adressez-vous à l’école de votre enfant ou au personnel du comptoir de { $center }. Vous pouvez aussi commencer sur le site de NYCSA avec le code QR.
forgot-email = Adresse e-mail
forgot-email-error = Tapez une adresse e-mail complète, par exemple name@example.org.
forgot-nycsa-title = Mot de passe NYC Schools Account oublié ?
forgot-nycsa-intro = Tapez l’adresse e-mail de votre NYC Schools Account (NYCSA). Nous vous enverrons un lien pour réinitialiser le mot de passe.
forgot-myschools-title = Mot de passe MySchools oublié ?
forgot-myschools-intro = Tapez l’adresse e-mail de votre compte MySchools. Nous vous enverrons un lien pour réinitialiser le mot de passe.
forgot-sent-title = Consultez vos e-mails
forgot-sent-body = Si un compte utilise cette adresse, nous y avons envoyé un lien de réinitialisation. Le lien est valable 30 minutes.
forgot-nycsa-not-arrived = Pas d’e-mail ? Regardez dans le dossier des spams. Si le problème continue, contactez l’école de votre enfant.
forgot-myschools-not-arrived = Pas d’e-mail ? Regardez dans le dossier des spams. Pour d’autres problèmes avec MySchools, parlez au conseiller scolaire de votre enfant, demandez de l’aide dans un centre d’accueil des familles ou appelez le 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: Aide
key-close-help = Esc: Fermer
key-send = Enter: Envoyer
key-change = Esc: Modifier
key-change-topic = ←→: Sujet
offline-banner = Le service des comptes est injoignable pour le moment. Aide : 718-935-2009
help-title = Aide et coordonnées
help-school = Pour la plupart des questions sur le compte de votre enfant, contactez son école ou son conseiller scolaire.
help-center = Dans ce centre d’accueil des familles ({ $center }), le personnel du comptoir peut vous aider en personne.
help-phone = Téléphone : 718-935-2009
help-support-hub = Vous pouvez aussi ouvrir une demande d’assistance ici (option 6 du menu), ou sur le site Support Hub avec le code QR.
ticket-title = Ouvrir une demande d’assistance
ticket-intro = Dites-nous ce dont vous avez besoin. Nous répondrons par e-mail ou par téléphone.
ticket-topic = Sujet
ticket-topic-student_password = Mot de passe d’élève
ticket-topic-nycsa = NYC Schools Account (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = Informations incorrectes sur mon enfant
ticket-topic-other = Autre chose
ticket-description = De quoi avez-vous besoin ?
ticket-name = Votre nom
ticket-email = E-mail (ou téléphone plus bas)
ticket-phone = Numéro de téléphone
ticket-error-topic = Choisissez un sujet.
ticket-error-description = Veuillez décrire le problème.
ticket-error-name = Veuillez taper votre nom.
ticket-error-email = Cette adresse e-mail est incomplète.
ticket-error-phone = Tapez un numéro avec l’indicatif régional.
ticket-error-contact = Indiquez un e-mail ou un téléphone.
ticket-error-language = Veuillez choisir une langue.
ticket-review-title = Vérifiez votre demande
ticket-review-hint = Tout est correct ? Enter pour l’envoyer, Esc pour revenir la modifier.
ticket-review-topic = Sujet
ticket-review-description = Votre message
ticket-review-name = Nom
ticket-review-email = E-mail
ticket-review-phone = Téléphone
ticket-done-title = Votre demande est ouverte
ticket-done-number = Votre numéro de demande :
ticket-done-body = Veuillez noter { $ticket }. Nous vous contacterons. Pour suivre votre demande, scannez le code QR avec votre téléphone.

## Counter mode (staff)
key-sign-out = F10: Déconnexion
key-search = Enter: Rechercher
staff-sign-in-title = Connexion du personnel
staff-sign-in-intro = Ceci est un poste de comptoir. Le personnel se connecte avec son identifiant, son mot de passe et le code à 6 chiffres de son application d’authentification.
staff-id = Identifiant du personnel
staff-password = Mot de passe
staff-code = Code à 6 chiffres
staff-home-title = Comptoir
staff-find = Rechercher un élève
staff-family-menu = Aider un visiteur avec le menu des familles
staff-report = Rapport du jour
staff-sign-out = Se déconnecter
report-title = Rapport du jour
report-day = { $day } — visites : { $visits }
report-median-visit = Temps médian entre la première touche et la fin de la visite : { $time }
report-handoff-waits = Envoyés au comptoir et pris en charge : { $claimed }. Attente : médiane { $median }, la plus longue { $longest }
report-duration = { $minutes } min { $seconds } s
report-none = aucun pour l’instant
report-all = Total
report-password-changed = Mot de passe changé
report-enrolled = PIN ou questions créés
report-handed-off = Envoyés au comptoir
report-gave-up = Partis sans finir
report-week = Visites des 7 derniers jours
staff-find-title = Rechercher un élève
staff-find-hint = Numéro d’élève, nom d’utilisateur, ou nom de famille et date de naissance (Martinez 03/14/2012).
staff-find-label = Recherche
staff-find-none = Aucun élève ne correspond. Vérifiez l’orthographe ou la date de naissance.
staff-student-id = Numéro d’élève
staff-questions = Questions
staff-yes = oui
staff-no = non
staff-paused = Libre-service suspendu
staff-paused-temporary = pendant 15 minutes
staff-paused-until_reset = jusqu’à réinitialisation par un parent ou le personnel
staff-last-reset = Dernière réinitialisation
staff-must-change = Un mot de passe temporaire reste à changer.
staff-audit = Activité récente
staff-check-needed = Vérifiez d’abord l’identité en personne.
staff-check-ok = Identité vérifiée. Choisissez une action :
staff-check-recorded = Vérification d’identité enregistrée. Elle est valable 10 minutes.
staff-check-expired = La vérification d’identité a expiré. Veuillez vérifier à nouveau.
staff-action-check = Enregistrer une vérification d’identité
staff-action-visitor-password = Le visiteur tape le nouveau mot de passe
staff-action-temporary = Donner un mot de passe temporaire
staff-action-resume = Rétablir le libre-service
staff-action-clear-pin = Effacer le code PIN
staff-action-clear-questions = Effacer les questions de sécurité
staff-action-refresh = Actualiser
staff-done-resume = Le libre-service est rétabli.
staff-done-clear-pin = Le code PIN est effacé. L’élève peut en créer un nouveau.
staff-done-clear-questions = Les questions de sécurité sont effacées. L’élève peut en créer de nouvelles.
staff-done-visitor-password = Le nouveau mot de passe du visiteur est enregistré.
staff-check-title = Vérification d’identité
staff-check-intro = Qui est le visiteur, et quel document avez-vous vu ?
staff-visitor = Visiteur
staff-visitor-student = L’élève
staff-visitor-parent = Un parent
staff-visitor-guardian = Un tuteur
staff-document = Document vu (par exemple : carte d’identité de NYC)
staff-note = Remarque (facultatif)
staff-adult = Quel adulte
staff-adult-unlisted = Pas dans cette liste
staff-override-hint = Seul un superviseur peut accepter un adulte qui n’est pas lié à cet élève. Écrivez la raison ci-dessous (par exemple : papiers de garde vus).
staff-override-reason = Raison du superviseur (au moins 10 caractères)
staff-guardian-not-linked = Cet adulte n’est pas lié à l’élève. Choisissez un parent ou un tuteur lié, ou demandez à un superviseur.
staff-supervisor-required = Seul un superviseur peut accepter un adulte qui n’est pas lié. Demandez à un superviseur de se connecter à ce comptoir.
staff-relationship-parent = parent
staff-relationship-guardian = tuteur
staff-relationship-relative = proche
staff-guardians = Parents et tuteurs
staff-guardians-none = aucun lié
staff-turn-title = Veuillez tourner le clavier vers le visiteur
staff-turn-body = Veuillez tourner le clavier vers le visiteur.
staff-turn-note = Le visiteur tape deux fois le nouveau mot de passe. Il reste masqué : le personnel ne le voit jamais.
staff-temp-title = Mot de passe temporaire
staff-temp-intro = Donnez ce mot de passe temporaire au visiteur. Il ne s’affiche qu’une seule fois :
staff-temp-must-change = L’élève devra choisir un nouveau mot de passe à sa prochaine connexion (option 5 du menu de la borne).
staff-temp-countdown = Ce mot de passe disparaîtra dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  }.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: Réécouter
key-voice = F5: Voix oui/non
speech-press = Pour { $choice }, appuyez sur { $number }.
speech-language-choice = Pour le français, appuyez sur { $number }.
speech-keys = Appuyez sur Enter pour continuer, ou sur Esc pour revenir. Appuyez sur F4 pour réécouter, ou sur F5 pour couper la voix.
speech-off = La voix est coupée. Appuyez sur F5 pour la rallumer.
speech-secret-typed = { $count ->
    [one] Un caractère
   *[other] { $count } caractères
  }
speech-secret-deleted = Effacé

## Ask at the counter (hand-offs)
key-counter = F6: Demander au comptoir
help-counter = Besoin d’aide ? Appuyez sur F6 pour un numéro à donner au comptoir.
handoff-title = Demander au comptoir
handoff-sending = Nous demandons votre numéro pour le comptoir…
handoff-number-label = Votre numéro pour le comptoir :
handoff-tell = Allez au comptoir et donnez votre numéro : { $number }. Le personnel voit ce qui s’est passé ici, vous n’avez donc pas à l’expliquer de nouveau.
handoff-tell-short = Allez au comptoir et donnez votre numéro : { $number }.
handoff-body = Un membre du personnel du comptoir va vous aider en personne. Pour quitter cet écran, appuyez sur Enter.
handoff-offline = La borne ne peut pas joindre le service des comptes pour le moment, il n’y a donc pas de numéro. Allez quand même au comptoir : le personnel vous aidera.
handoff-reason-no-method = ni PIN ni questions
handoff-reason-paused = libre-service suspendu
handoff-reason-too-soon = règle des 30 jours
handoff-reason-sign-in-failed = connexion échouée
handoff-reason-not-found = élève introuvable
handoff-reason-refused = refusé par le service
handoff-reason-asked = a demandé de l’aide
staff-queue-title = Familles envoyées par les bornes ({ $count })
staff-queue-empty = Personne n’attend.
staff-queue-new = NOUVEAU
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } min
staff-queue-unreachable = Impossible d’actualiser la file. Nouvel essai en cours.
staff-handoff-taken = Déjà pris par un autre comptoir.
staff-handoff-gone = Ce dossier a expiré ou n’est plus ouvert.
staff-find-handoff = Dossier { $handoff }. La borne n’a pas vérifié l’identité de l’élève : recherchez-le ici.
