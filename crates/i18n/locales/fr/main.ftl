# Yunzhan — French (français). Keep the same keys as en/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-home = Accueil
nav-account = Mon compte
nav-admin = Administration
nav-login = Se connecter
nav-logout = Se déconnecter
nav-register = S'inscrire
language = Langue
language-apply = Appliquer
footer-tagline = Yunzhan — la plateforme auto-hébergée pour les salons professionnels en ligne.
footer-api = API (OpenAPI)
footer-demo-mail = Boîte mail de démonstration
search = Rechercher
save = Enregistrer
form-has-errors = Veuillez corriger les points suivants :

home-title = Salons professionnels en ligne
home-lead = Halls et stands numériques, produits présentés en images, vidéo, 3D et 360°, mise en relation d'affaires, négociation et diffusions en direct — sur une plateforme que vous hébergez vous-même.
home-cta-register = Créer un compte
home-cta-login = Se connecter
home-features = Ce que vous pouvez faire ici
feature-halls = Halls et stands numériques
feature-halls-text = Parcourez le salon par secteur, visitez les stands et découvrez les produits en images, vidéo, 3D, réalité augmentée et panoramas à 360°.
feature-search = Recherche
feature-search-text = Trouvez des exposants, des acheteurs et des produits par mot-clé, code HS, entreprise ou catégorie.
feature-match = Mise en relation et demandes de devis
feature-match-text = Des recommandations explicables rapprochent acheteurs et fournisseurs ; publiez des demandes de devis et recevez des offres.
feature-meet = Messagerie et visioconférences
feature-meet-text = Négociez en tête-à-tête ou en groupe, avec des interprètes si nécessaire.
feature-live = Diffusions en direct et forums
feature-live-text = Diffusions en direct pendant la semaine d'affaires depuis les showrooms et les lignes de production, forums thématiques et cérémonie d'ouverture.
feature-data = Mur de données et rapports
feature-data-text = Des chiffres en temps réel pour les organisateurs, les exposants et les autorités, avec des exports dans des formats ouverts.
home-trust = Vos données restent les vôtres
home-trust-text = Auto-hébergée, chiffrée en transit, avec des rôles d'administrateur séparés et un journal d'audit qui rend toute falsification détectable.

field-email = Adresse e-mail
field-display-name = Nom
field-password = Mot de passe
field-password-confirm = Confirmer le mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-new-email = Nouvelle adresse e-mail
field-totp-code = Code à 6 chiffres
password-hint = Au moins 12 caractères. Les mots de passe courants sont refusés.

register-title = Créer un compte
register-submit = S'inscrire
register-have-account = Vous avez déjà un compte ?
register-profile = À propos de vous (facultatif)
register-profile-hint = Les exposants et la mise en relation s'en servent pour savoir ce que vous achetez. Cochez ce que les exposants peuvent voir de vous ; vous pourrez le modifier dans Mon profil.
register-done-title = Consultez votre boîte de réception
register-done-text = Si l'adresse { $email } peut être inscrite, nous y avons envoyé un lien de confirmation. Suivez ce lien pour activer votre compte.
confirm-done-title = Adresse e-mail confirmée
confirm-done-text = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
confirm-failed-title = Ce lien ne fonctionne pas
email-changed-text = Votre adresse e-mail a été modifiée.

login-title = Connexion
login-submit = Se connecter
login-forgot = Mot de passe oublié ?

forgot-title = Mot de passe oublié
forgot-intro = Saisissez votre adresse e-mail et nous vous enverrons un lien pour définir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-done-title = Consultez votre boîte de réception
forgot-done-text = Si un compte utilise cette adresse, un lien pour définir un nouveau mot de passe est en route. Le lien est valable une heure.

reset-title = Définir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-done-title = Mot de passe modifié
reset-done-text = Votre nouveau mot de passe est enregistré et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.

totp-title = Validation en deux étapes
totp-intro = Saisissez le code à 6 chiffres de votre application d'authentification.
totp-submit = Vérifier
enrol-title = Configurer la validation en deux étapes
enrol-intro = Les administrateurs se connectent avec un mot de passe et un code fourni par une application d'authentification. Scannez ce code QR avec l'application, puis saisissez le code qu'elle affiche.
enrol-qr-label = Code QR pour votre application d'authentification
enrol-manual = Impossible de scanner ? Saisissez cette clé manuellement :
enrol-submit = Confirmer

account-title = Mon compte
account-roles = Rôles
account-orgs = Mes organisations
account-fairs = Salons auxquels je participe
account-change-password = Changer de mot de passe
account-change-email = Changer d'adresse e-mail
account-sessions = Sessions et appareils
account-logins = Historique des connexions
password-title = Changer de mot de passe
password-forced = Vous devez choisir un nouveau mot de passe avant de continuer.
password-submit = Changer le mot de passe
email-title = Changer d'adresse e-mail
email-intro = Nous enverrons un lien de confirmation à la nouvelle adresse. Le changement prendra effet lorsque vous l'aurez suivi.
email-submit = Envoyer le lien de confirmation
reauth-title = Confirmez votre identité
reauth-intro = Pour votre sécurité, saisissez à nouveau votre mot de passe pour continuer.
reauth-submit = Continuer
sessions-title = Sessions et appareils
sessions-device = Appareil
sessions-ip = Adresse IP
sessions-started = Début
sessions-last-seen = Dernière activité
sessions-actions = Actions
sessions-this = cet appareil
sessions-end = Fermer la session
sessions-end-others = Fermer toutes les autres sessions
logins-title = Historique des connexions
logins-time = Heure
logins-result = Résultat
login-result-success = Connexion réussie
login-result-password-ok = Mot de passe accepté
login-result-bad-password = Mot de passe erroné
login-result-bad-totp = Code erroné
login-result-bad-reauth = Mot de passe erroné (confirmation)
login-result-locked = Refusé : compte verrouillé
login-result-unknown-account = Compte inconnu
notice-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
notice-email-sent = Un lien de confirmation a été envoyé à la nouvelle adresse.
notice-session-ended = La session a été fermée.
notice-sessions-ended = Toutes les autres sessions ont été fermées.
notice-saved = Enregistré.

admin-title = Administration
admin-you-are = Vous êtes connecté en tant que { $role }.
admin-not-admin = Vous n'avez aucun rôle d'administrateur.
admin-nothing = Il n'y a rien ici pour votre rôle.
role-system-admin = Administrateur système
role-security-admin = Administrateur de la sécurité
role-audit-admin = Administrateur d'audit
role-organizer = Organisateur
role-organizer-admin = Administrateur de l'organisateur
role-reviewer = Examinateur
role-host = Animateur
role-support-agent = Agent d'assistance
role-legal-advisor = Conseiller juridique
role-interpreter = Interprète
role-exhibitor-owner = Responsable de l'exposant
role-exhibitor-staff = Membre de l'équipe exposant
role-visitor = Visiteur
role-trade-visitor = Visiteur professionnel
scope-platform = Plateforme
scope-fair = Salon
scope-organisation = Organisation

accounts-title = Comptes
accounts-search = Rechercher par adresse e-mail ou par nom
accounts-status = Statut
accounts-last-login = Dernière connexion
accounts-lock = Verrouiller
accounts-unlock = Déverrouiller
accounts-disable = Désactiver
accounts-enable = Activer
accounts-create = Créer un compte
accounts-create-intro = Le compte reçoit un mot de passe à usage unique, affiché une seule fois, qui doit être changé à la première connexion.
accounts-create-submit = Créer
accounts-created = Compte { $email } créé. Mot de passe à usage unique : { $password }
accounts-updated = Compte { $email } mis à jour.
status-active = Actif
status-disabled = Désactivé
status-locked = Verrouillé
status-unconfirmed = Adresse e-mail non confirmée

settings-title = Configuration du site
settings-site-name-zh = Nom du site (chinois)
settings-site-name-en = Nom du site (anglais)
settings-registration-open = Inscriptions ouvertes
settings-default-lang = Langue par défaut

roles-title = Rôles et autorisations
roles-role = Rôle
roles-scope = Portée
roles-scope-id = Identifiant de la portée (salon ou organisation)
roles-grant = Attribuer un rôle
roles-grant-submit = Attribuer
roles-revoke = Retirer
roles-granted = Rôle attribué à { $email }. Ses sessions ont été fermées.
roles-revoked = Rôle retiré à { $email }. Ses sessions ont été fermées.

policy-title = Politique de sécurité
policy-lockout-threshold = Échecs de connexion avant le verrouillage d'un compte (3–20)
policy-lockout-minutes = Durée du verrouillage en minutes
policy-admin-idle = Délai d'inactivité des administrateurs en minutes (5–30)
policy-admin-absolute = Durée maximale d'une session d'administrateur en heures (1–12)
policy-user-idle = Délai d'inactivité des utilisateurs en jours
policy-user-absolute = Durée maximale d'une session d'utilisateur en jours
policy-inactive = Désactiver les comptes inutilisés depuis ce nombre de jours (0 = jamais)
policy-reauth = Durée de validité d'une réauthentification, en minutes

audit-title = Journal d'audit
audit-from = Du (date)
audit-to = Au (date)
audit-actor = Auteur (adresse e-mail ou identifiant)
audit-action = Action
audit-outcome = Résultat
audit-any = Tous
audit-success = Réussite
audit-failure = Échec
audit-role = Rôle
audit-target = Cible
audit-detail = Détail
audit-export = Exporter en CSV
audit-verify = Vérifier la chaîne
audit-older = Entrées plus anciennes
audit-verify-ok =
    { $count ->
        [one] La chaîne d'audit est intacte : { $count } entrée vérifiée.
       *[other] La chaîne d'audit est intacte : { $count } entrées vérifiées.
    }
audit-verify-broken = La chaîne d'audit est rompue : { $problem }

devmail-title = Boîte mail de démonstration
devmail-intro = En mode démonstration, les e-mails ne sont pas envoyés : ils sont conservés ici.
devmail-empty = Aucun message pour l'instant.
devmail-to = À :

error-back-home = Retour à la page d'accueil
error-title-bad-request = La requête pose problème
error-title-unauthorized = Veuillez vous connecter
error-title-forbidden = Non autorisé
error-title-not-found = Page introuvable
error-title-conflict = Conflit
error-title-too-large = Trop volumineux
error-title-rate-limited = Trop de tentatives
error-title-unavailable = Temporairement indisponible
error-title-internal = Une erreur s'est produite
error-bad-request = La requête n'a pas pu être comprise. Veuillez vérifier votre saisie.
error-method = Cette action n'est pas disponible ici.
error-unauthorized = Veuillez vous connecter pour continuer.
error-forbidden = Vous n'avez pas l'autorisation d'effectuer cette action.
error-not-found = Nous n'avons pas trouvé ce que vous cherchiez.
error-conflict = Cet élément existe déjà.
error-rate-limited = Trop de tentatives. Veuillez réessayer dans { $seconds } secondes.
error-csrf = Votre formulaire a expiré ou provient d'un autre site. Veuillez recharger la page et réessayer.
error-admin-tls = L'administration n'est accessible que par une connexion sécurisée (HTTPS).
error-too-large = Votre envoi est trop volumineux.
error-internal = Une erreur inattendue s'est produite. Elle a été consignée ; veuillez réessayer.
error-unavailable = Le service est temporairement indisponible. Veuillez réessayer dans quelques instants.
error-login-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-account-locked = Un administrateur a verrouillé ce compte. Veuillez contacter l'assistance de la plateforme.
error-account-disabled = Ce compte est désactivé. Contactez l'organisateur.
error-email-unconfirmed = Veuillez d'abord confirmer votre adresse e-mail : suivez le lien que nous vous avons envoyé.
error-totp-invalid = Le code est incorrect. Vérifiez votre application d'authentification et réessayez.
error-email-invalid = Saisissez une adresse e-mail valide.
error-email-same = C'est déjà votre adresse e-mail.
error-email-taken = Cette adresse e-mail est déjà utilisée par un autre compte.
error-display-name = Saisissez un nom de 1 à 100 caractères.
error-password-short = Le mot de passe doit comporter au moins 12 caractères.
error-password-long = Le mot de passe est trop long (256 caractères au maximum).
error-password-common = Ce mot de passe est trop courant. Choisissez-en un moins prévisible.
error-password-email = Le mot de passe ne doit pas contenir votre adresse e-mail.
error-password-mismatch = Les deux mots de passe ne correspondent pas.
error-password-same = Le nouveau mot de passe doit être différent de l'actuel.
error-password-wrong = Le mot de passe est incorrect.
error-registration-closed = Les inscriptions sont actuellement fermées.
error-link-invalid = Ce lien est invalide, a déjà été utilisé ou a expiré.
error-self-action = Vous ne pouvez pas effectuer cette action sur votre propre compte.
error-site-name = Les noms du site doivent comporter de 1 à 60 caractères.
error-language = Choisissez l'une des langues proposées.
error-policy-range = La valeur de { $field } est en dehors de la plage autorisée.
error-no-such-account = Aucun compte n'utilise cette adresse e-mail.
error-grant-self = Les administrateurs ne peuvent pas modifier leurs propres rôles.
error-grant-second-admin = Un compte ne peut détenir qu'un seul des trois rôles d'administrateur.
error-grant-admin-mixed = Les comptes d'administrateur ne détiennent aucun autre rôle.
error-grant-scope = Ce rôle ne peut pas être attribué dans cette portée.
error-grant-held = Le compte détient déjà ce rôle.
error-grant-not-held = Le compte ne détient pas ce rôle.

mail-confirm-subject = Confirmez votre adresse e-mail pour Yunzhan
mail-confirm-body =
    Bonjour { $name },

    Veuillez confirmer votre adresse e-mail en ouvrant ce lien (valable 24 heures) :

    { $link }

    Si vous ne vous êtes pas inscrit, ignorez ce message.
mail-exists-subject = Votre compte Yunzhan
mail-exists-body =
    Quelqu'un a tenté de s'inscrire avec cette adresse e-mail ou de l'associer à son compte, mais elle appartient déjà à un compte.

    Si c'était vous et que vous avez oublié votre mot de passe, réinitialisez-le ici :

    { $link }
mail-reset-subject = Définissez un nouveau mot de passe Yunzhan
mail-reset-body =
    Ouvrez ce lien pour définir un nouveau mot de passe (valable une heure) :

    { $link }

    Si vous n'êtes pas à l'origine de cette demande, ignorez ce message ; votre mot de passe reste inchangé.
mail-password-changed-subject = Votre mot de passe Yunzhan a été modifié
mail-password-changed-body = Votre mot de passe vient d'être modifié. Si vous n'êtes pas à l'origine de ce changement, réinitialisez immédiatement votre mot de passe et contactez l'organisateur.
mail-change-email-subject = Confirmez votre nouvelle adresse e-mail
mail-change-email-body =
    Ouvrez ce lien pour utiliser cette adresse avec votre compte Yunzhan (valable 24 heures) :

    { $link }
mail-email-notice-subject = L'adresse e-mail de votre compte Yunzhan est en cours de modification
mail-email-notice-body = Quelqu'un a demandé à remplacer l'adresse e-mail de votre compte par { $email }. Si vous n'êtes pas à l'origine de cette demande, changez votre mot de passe dès maintenant.

# Salons, halls et stands
nav-fairs = Salons
breadcrumb = Fil d'Ariane
fairs-title = Salons
fairs-none = Aucun salon n'a encore été annoncé.
fair-create = Créer un salon
fair-create-submit = Créer le salon
fair-manage = Gérer le salon
fair-details = Informations et phases du salon
fair-halls = Halls
fair-halls-closed = Les halls ouvrent avec la cérémonie d'ouverture ; d'ici là, vous pouvez consulter les plans.
fair-no-halls = Aucun hall pour l'instant.
fair-schedule = Calendrier
fair-featured = Exposants à la une
fair-new-products = Nouveaux produits
search-label = Rechercher des exposants et des produits
search-submit = Rechercher
search-title = Recherche
search-title-for = Résultats pour « { $q } »
search-found = { $count ->
    [0] Aucun résultat. Essayez moins de mots ou d'autres mots.
    [one] Un résultat
   *[other] { $count } résultats
}
search-exhibitors = Exposants
search-products = Produits
fair-slug = Nom court dans l'adresse
fair-slug-hint = De 3 à 40 lettres minuscules, chiffres et traits d'union, par ex. canton-2027. Il ne pourra plus être modifié par la suite.
fair-name-zh = Nom (chinois)
fair-name-en = Nom (anglais)
fair-description-zh = Description (chinois)
fair-description-en = Description (anglais)
fair-time-zone = Fuseau horaire
fair-time-zone-hint = Un fuseau horaire IANA, par exemple Asia/Shanghai ; les dates ci-dessous y sont exprimées.
fair-languages = Langues du salon
fair-phases = Phases
fair-registration-opens = Ouverture des inscriptions
fair-opening = Cérémonie d'ouverture
fair-show-days = Début des journées du salon
fair-trade-week = Début de la semaine d'affaires
fair-service-period = Début du mois de service
fair-closes = Clôture du salon
phase-upcoming = À venir
phase-pre-show = Avant le salon
phase-opening = Cérémonie d'ouverture
phase-show-days = Journées du salon
phase-trade-week = Semaine d'affaires
phase-service-period = Mois de service
phase-post-show = Terminé
hall-label = Hall { $code }
hall-chapters = Chapitres HS
hall-free =
    { $count ->
        [one] { $count } libre
       *[other] { $count } libres
    }
hall-booths =
    { $count ->
        [one] { $count } stand
       *[other] { $count } stands
    }
hall-plan = Plan du hall : sélectionnez un stand pour le visiter
hall-booth-list = Tous les stands sous forme de liste
hall-add = Ajouter un hall
hall-code = Numéro du hall
hall-name-zh = Nom du hall (chinois)
hall-name-en = Nom du hall (anglais)
hall-chapters-input = Chapitres HS (séparés par des virgules)
hall-rows = Rangées de stands
hall-cols = Stands par rangée
hall-premium-rows = Rangées premium (à l'avant)
hall-add-submit = Ajouter le hall et ses stands
booth-label = Stand { $code }
booth-free = Libre
booth-requested = Demandé
booth-booked = Réservé
booth-premium = Premium
booth-standard = Standard
booth-code = Stand
booth-kind = Type
booth-status = Statut
notice-hall-added = Le hall et ses stands ont été ajoutés.
error-fair-slug = Le nom court doit comporter de 3 à 40 lettres minuscules, chiffres et traits d'union.
error-fair-slug-taken = Un autre salon utilise déjà ce nom court.
error-fair-name = Saisissez les noms du salon (120 caractères au maximum chacun).
error-time-zone = Saisissez un fuseau horaire IANA connu, par exemple Asia/Shanghai.
error-fair-languages = Choisissez au moins une langue.
error-fair-dates = Saisissez la date et l'heure de chaque phase.
error-fair-order = Les phases doivent se succéder dans l'ordre chronologique.
error-hall-code = Le numéro du hall comporte un ou deux chiffres.
error-hall-code-taken = Ce salon a déjà un hall portant ce numéro.
error-hall-name = Saisissez les noms du hall (80 caractères au maximum chacun).
error-hs-code = « { $code } » n'est pas un code HS.
error-hall-chapters = Saisissez au moins un chapitre HS.
error-hall-grid = Il faut de 1 à 26 rangées, de 1 à 40 stands par rangée et de 0 à 26 rangées premium.
error-uscc-length = Un code unifié de crédit social comporte 18 caractères.
error-uscc-character = Le code unifié de crédit social contient un caractère non autorisé.
error-uscc-check = Le code unifié de crédit social n'est pas valide (caractère de contrôle erroné).
error-uscc-org-check = Le code d'organisation contenu dans le code unifié de crédit social n'est pas valide.

# Inscription et examen des exposants
org-register = Inscrire votre organisation
org-register-intro = Les exposants inscrivent leur entreprise avec son code unifié de crédit social et sa licence commerciale ; les examinateurs de l'organisateur la vérifient.
org-register-submit = Inscrire
org-name-zh = Raison sociale (chinois)
org-name-en = Raison sociale (anglais)
org-uscc = Code unifié de crédit social
org-uscc-hint = Le code à 18 caractères figurant sur la licence commerciale, par ex. 91350100M000100Y43.
org-contact-name = Personne à contacter
org-contact-email = Adresse e-mail de contact
org-industries = Secteurs (codes HS)
org-industries-hint = Chapitres ou codes HS, séparés par des virgules, par ex. 94, 9403.60.
org-markets = Marchés cibles
org-markets-hint = Codes pays à deux lettres, séparés par des virgules, par ex. US, DE, AE.
org-languages = Langues
org-status = Statut
org-status-draft = Brouillon
org-status-submitted = En cours d'examen
org-status-approved = Vérifiée
org-status-rejected = Modifications requises
org-verified = Exposant vérifié
org-review-reason = Note de l'examinateur
org-licence = Licence commerciale
org-licence-view = Voir la licence
org-licence-none = Aucune licence n'a encore été téléversée.
org-licence-file = Fichier de la licence
org-licence-hint = Une image (JPEG, PNG, WebP) ou un PDF, 20 Mo au maximum. Les métadonnées de l'image, comme la localisation, sont supprimées.
org-licence-upload = Téléverser
org-submit = Soumettre pour examen
org-profile = Profil de l'entreprise
notice-licence-uploaded = La licence a été téléversée.
notice-org-submitted = Dossier soumis. Les examinateurs vous répondront par e-mail.
notice-org-approved = L'organisation a été approuvée.
notice-org-rejected = L'organisation a été renvoyée avec votre note.
review-title = Examen des exposants
review-empty = Aucun dossier en attente d'examen.
review-reason = Note à l'exposant
review-reason-hint = Obligatoire en cas de refus : indiquez ce qu'il faut corriger.
review-approve = Approuver
review-reject = Refuser
error-org-name = Saisissez les deux raisons sociales (200 caractères au maximum chacune).
error-org-contact = Saisissez une personne à contacter.
error-org-industries = Saisissez au moins un secteur sous forme de code HS.
error-country-code = « { $code } » n'est pas un code pays à deux lettres.
error-language-tag = « { $tag } » n'est pas une étiquette de langue.
error-uscc-taken = Une organisation portant ce code unifié de crédit social est déjà inscrite.
error-org-under-review = Ceci ne peut pas être modifié tant qu'une candidature de l'organisation attend l'examen.
error-licence-missing = Téléversez d'abord la licence commerciale.
error-licence-type = La licence doit être une image (JPEG, PNG, WebP) ou un PDF.
error-licence-image = L'image de la licence n'a pas pu être lue.
error-licence-pdf = Le PDF n'a pas pu être accepté (fichier endommagé ou contenant des scripts).
error-review-reason = Indiquez un motif en cas de refus.
error-org-not-submitted = Cette organisation n'est pas en attente d'examen.
mail-org-submitted-subject = { $org } a posé sa candidature pour exposer à { $fair }
mail-org-submitted-body = Votre organisation { $org } a posé sa candidature pour exposer à { $fair }. Nous vous écrirons quand les examinateurs du salon auront statué.
mail-org-approved-subject = { $org } est un exposant vérifié de { $fair }
mail-org-approved-body = Votre organisation { $org } a été approuvée comme exposant de { $fair }. Elle y porte le badge vérifié, ses produits peuvent être mis en ligne et les organisateurs peuvent confirmer ses stands.
mail-org-rejected-subject = { $org } : la candidature à { $fair } doit être modifiée
mail-org-rejected-body =
    Les examinateurs ont renvoyé { $org } avec la note suivante :

    { $reason }

    Apportez les corrections sur la page de votre organisation et soumettez-la à nouveau.

# Réservation des stands
booth-exhibitor = Exposant
booth-request-for = Demander ce stand pour { $org }
booth-requests = Demandes de stand
booth-requests-none = Aucune demande de stand en attente de décision.
notice-booth-approved = Le stand est réservé.
notice-booth-rejected = La demande a été refusée ; le stand est de nouveau libre.
error-booth-unverified = Téléversez la licence commerciale avant de demander des stands.
error-booking-closed = Les stands ne peuvent être demandés qu'avant l'ouverture du salon.
error-booth-taken = Un autre exposant vient de demander ce stand.
error-booth-limit = Votre organisation détient déjà le nombre maximal de stands autorisé pour ce salon.
error-booth-not-requested = Ce stand ne fait l'objet d'aucune demande en attente.
mail-booth-approved-subject = Le stand { $booth } est à vous
mail-booth-approved-body = L'organisateur a approuvé votre demande : le stand { $booth } est réservé pour votre organisation.
mail-booth-rejected-subject = Le stand { $booth } n'a pas été confirmé
mail-booth-rejected-body = L'organisateur n'a pas confirmé votre demande pour le stand { $booth }. Vous pouvez demander un autre stand libre.

# Équipe de l'exposant
staff-title = Équipe
staff-invite = Inviter un collègue
staff-invite-submit = Envoyer l'invitation
staff-remove = Retirer
staff-pending = Invitation envoyée
notice-invite-sent = Une invitation a été envoyée à { $email }.
notice-staff-removed = Le membre de l'équipe a été retiré.
invite-title = Invitation
invite-intro = Vous êtes invité à rejoindre
invite-as = Vous rejoindrez l'équipe en tant que
invite-accept = Accepter l'invitation
invite-sign-in = Pour accepter, connectez-vous (ou inscrivez-vous) avec l'adresse e-mail invitée.
error-invite-other-account = Cette invitation est destinée à une autre adresse e-mail. Connectez-vous avec l'adresse invitée.
mail-staff-invite-subject = Rejoignez { $org } sur Yunzhan
mail-staff-invite-body =
    Vous êtes invité à rejoindre { $org } en tant que membre de son équipe exposant. Ouvrez ce lien (valable 7 jours) et acceptez l'invitation en étant connecté avec cette adresse e-mail :

    { $link }

# Profil visiteur et confidentialité
profile-title = Profil visiteur et confidentialité
profile-intro = Indiquez aux exposants ce que vous achetez et choisissez ce qu'ils peuvent voir de vous. Vous pouvez modifier ces choix à tout moment.
profile-country = Pays (deux lettres)
profile-country-hint = Code pays à deux lettres, p. ex. DE, BR ou AE.
profile-company = Entreprise
profile-job = Fonction
profile-interests = Intérêts d'achat (codes HS)
profile-volume = Volume d'achats annuel
profile-phone = Téléphone
profile-social = Réseaux sociaux
profile-social-hint = Par ex. identifiants WeChat, WhatsApp ou LinkedIn. Stockés sous forme chiffrée.
profile-consent = Ce que les exposants peuvent voir, et prospection
consent-show_name = Mon nom
consent-show_company = Mon entreprise et ma fonction
consent-show_email = Mon adresse e-mail
consent-show_phone = Mon numéro de téléphone
consent-show_social = Mes identifiants de réseaux sociaux
consent-lead_push = Les exposants correspondant à mes intérêts peuvent me contacter (prospection ciblée)
volume-unset = Non précisé
volume-lt_100k = Moins de 100 000 USD
volume-100k_1m = 100 000 – 1 million USD
volume-1m_10m = 1 – 10 millions USD
volume-gt_10m = Plus de 10 millions USD
account-download = Télécharger mes données
delete-title = Supprimer mon compte
delete-intro = Cette action supprime votre compte, votre profil, vos sessions, votre historique de connexions et les organisations dont vous êtes l'unique propriétaire, ainsi que leurs fichiers. Elle est irréversible. Les journaux d'audit de sécurité conservent l'identifiant anonyme de votre compte, comme l'exige la loi.
delete-submit = Supprimer définitivement mon compte
error-phone = Un numéro de téléphone comporte au maximum 30 chiffres, espaces et + - ( ).
error-admin-delete = Les comptes d'administrateur sont supprimés par l'exploitant, et non par leurs titulaires.
visitors-title = Visiteurs et visiteurs professionnels
visitors-verify = Vérifier comme visiteur professionnel
visitors-unverify = Retirer
notice-trade-verified = Le visiteur est désormais un visiteur professionnel vérifié.
notice-trade-unverified = La vérification de visiteur professionnel a été retirée.

# Produits exposés
exhibits-title = Produits exposés
exhibits-none = Aucun produit pour l'instant.
exhibit-new = Nouveau produit
exhibit-create = Créer le produit
exhibit-edit = Modifier le produit
exhibit-details = Détails
exhibit-view = Voir la page
exhibit-draft = Brouillon
exhibit-published = Publié
exhibit-publish = Publier
exhibit-source-lang = Rédigé en
exhibit-title-zh = Titre (chinois)
exhibit-title-en = Titre (anglais)
exhibit-description-zh = Description (chinois)
exhibit-description-en = Description (anglais)
exhibit-points-zh = Arguments de vente (chinois)
exhibit-points-en = Arguments de vente (anglais)
exhibit-points = Arguments de vente
exhibit-hs = Code HS
exhibit-model = Référence du modèle
exhibit-price = Prix
exhibit-price-min = Prix à partir de
exhibit-price-max = Prix jusqu'à
exhibit-currency = Devise (code ISO)
exhibit-moq = Quantité minimale de commande
exhibit-lead-time = Délai de livraison
exhibit-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
exhibit-incoterms = Incoterms
exhibit-ports = Ports de chargement
exhibit-specs = Caractéristiques techniques
exhibit-specs-hint = Une par ligne, sous la forme nom : valeur.
exhibit-images = Images
exhibit-image-file = Image (JPEG, PNG, WebP, GIF)
exhibit-untranslated = Ce produit n'est pas encore disponible dans votre langue ; il est affiché dans sa langue d'origine.
exhibit-machine = Traduction automatique, pas encore relue par l'exposant.
notice-exhibit-published = Le produit est publié.
notice-image-added = L'image a été ajoutée.
error-exhibit-title = Donnez au produit un titre dans la langue dans laquelle il est rédigé.
error-currency = Indiquez la devise sous forme de code ISO à trois lettres, par exemple USD ou CNY.
error-price = « { $value } » n'est pas un prix.
error-price-order = Le prix minimal est supérieur au prix maximal.
error-moq = La quantité minimale de commande doit être un nombre entier.
error-lead-time = Le délai de livraison doit être un nombre de jours (3650 au maximum).
error-incoterm = « { $term } » n'est pas un Incoterm.
error-spec-line = « { $line } » ne comporte pas de nom et de valeur (écrivez nom : valeur).
error-exhibit-unverified = Les produits peuvent être publiés dès qu'un salon a vérifié l'organisation comme exposant.
error-exhibit-published = Le produit est déjà publié.
error-image-type = Téléversez une image (JPEG, PNG, WebP ou GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = Médias
media-open = Ouvrir
media-purpose = Type de fichier
media-kind-image = Image
media-kind-video = Vidéo
media-kind-model = Modèle 3D
media-kind-panorama = Panorama 360°
media-kind-document = Document (PDF)
media-kind-table = Tableau (CSV ou XLSX)
media-file = Fichier
media-file-hint = Vidéo : MP4 ou WebM jusqu’à 200 Mo. 3D : GLB ou glTF avec données intégrées. Panorama : JPEG équirectangulaire 2:1, d’au moins 2000 px de large.
media-poster = Image d’affiche de la vidéo (facultatif)
media-caption = Légende
media-model-hint = Faites glisser pour pivoter, pincez ou faites défiler pour zoomer ; sur mobile, touchez le bouton AR pour le placer dans votre pièce.
media-model-open = Voir le modèle 3D
media-panorama-open = Ouvrir la vue 360°
media-documents = Documents
media-table-download = Télécharger le tableau
notice-media-added = Le fichier a été ajouté.
error-media-type = Ce type de fichier n’est pas accepté ici.
error-media-wrong-kind = Le fichier est de type { $found }, qui ne correspond pas au type choisi.
error-media-too-large = Le fichier est trop volumineux : { $mb } Mo au maximum.
error-media-dimensions = L’image a trop de pixels.
error-media-video = Ce n’est pas une vidéo MP4 ou WebM lisible.
error-media-pdf = Ce PDF est illisible.
error-media-pdf-active = Les PDF contenant des scripts, des pièces jointes ou des formulaires ne sont pas acceptés.
error-media-table = Le tableau est illisible ou trop volumineux.
error-media-model = Ce n’est pas un modèle glTF 2.0 valide.
error-media-model-external = Le modèle fait référence à des fichiers externes ; exportez-le en un seul fichier GLB.
error-media-panorama = Un panorama doit être un JPEG équirectangulaire, deux fois plus large que haut, d’au moins 2000 px de large.
error-media-unreadable = Le fichier est illisible.
error-media-poster = L’affiche doit être une image JPEG, PNG ou WebP.
fair-exhibit-review = Examiner les produits avant leur mise en ligne (sinon les exposants vérifiés publient immédiatement)
error-exhibit-pending = Ce produit est déjà en attente d’examen.
error-exhibit-not-pending = Ce produit n’est pas en attente d’examen.
mail-exhibit-approved-subject = Votre produit est en ligne
mail-exhibit-approved-body = « { $title } » a été approuvé et est désormais visible des visiteurs.
mail-exhibit-rejected-subject = Votre produit doit être modifié
mail-exhibit-rejected-body = « { $title } » n’a pas été approuvé : { $reason }. Modifiez-le puis publiez-le à nouveau.
notice-exhibit-submitted = Le produit a été envoyé en examen ; il sera publié après approbation.
exhibit-pending = En attente d’examen
exhibit-rejected = Non approuvé
exhibit-review-title = Produits en attente d’examen
notice-exhibit-approved = Le produit a été approuvé et est en ligne.
notice-exhibit-rejected = Le produit a été renvoyé à l’exposant avec votre remarque.
hidden-title = Non disponible pour vous
hidden-trade-only = L’exposant ne montre ceci qu’aux visiteurs professionnels vérifiés.
hidden-country = L’exposant ne montre pas ceci dans votre pays, ou votre profil n’indique pas votre pays.
hidden-profile-link = Compléter mon profil
favourites-title = Mes favoris
favourites-exhibitors = Exposants
favourites-products = Produits
favourites-none = Rien d’enregistré pour l’instant.
favourite-save = Enregistrer
favourite-saved = Enregistré
exhibitor-contact = Écrire à l’exposant
exhibitor-no-products = Aucun produit pour l’instant.
exhibitor-documents = Catalogues et certificats
exhibitor-public-page = Voir ma page publique d’exposant
visibility-title = Qui peut voir ce produit
visibility-booth-title = Qui peut voir mon stand
visibility-countries = Uniquement les visiteurs de ces pays
visibility-countries-hint = Codes pays à deux lettres séparés par des virgules, p. ex. DE, FR, BR. Laissez vide pour tout le monde.
visibility-trade-only = Uniquement les visiteurs professionnels vérifiés
error-country = « { $code } » n’est pas un code pays à deux lettres.

# Catalogue import and export
catalogue-title = Import et export du catalogue
catalogue-hint = Remplissez le modèle, un produit par ligne, jusqu’à 10 000 lignes. Rien n’est enregistré tant que toutes les lignes ne sont pas correctes ; les produits sont importés en brouillon. Les lignes avec un id mettent à jour ce produit.
catalogue-template = Télécharger le modèle XLSX
catalogue-import-file = Fichier du catalogue (XLSX ou CSV)
catalogue-import = Importer
catalogue-export = Exporter le catalogue
catalogue-errors = Cellules à corriger
catalogue-row = Ligne
catalogue-column = Colonne
catalogue-reason = Problème
catalogue-more = …et { $count } autres problèmes.
notice-imported = { $count } produits ont été importés en brouillon.
error-import-type = Choisissez un fichier XLSX ou CSV.
error-import-empty = Le fichier ne contient aucune ligne de produit.
error-import-header = La première ligne doit être l’en-tête du modèle ; la colonne { $column } manque.
error-import-too-many = { $max } produits au maximum par fichier.
error-import-cells = Rien n’a été importé : corrigez ces cellules et envoyez à nouveau le fichier.
error-import-duplicate-id = Cet id est déjà utilisé à la ligne { $row }.
error-import-unknown-id = Aucun de vos produits n’a cet id ; laissez l’id vide pour ajouter un nouveau produit.
catalogue-help = 
    id: vide pour un nouveau produit ; conservez-le pour mettre à jour un produit exporté
    source_lang: langue de rédaction : zh-CN ou en
    title_zh, title_en: nom du produit (obligatoire dans la langue source)
    description_zh, description_en: description
    points_zh, points_en: arguments de vente
    hs_code: code SH d’au moins 6 chiffres, p. ex. 9401.61
    model_number: référence du modèle
    price_min, price_max: fourchette de prix, p. ex. 25 ou 32.50
    currency: code ISO 4217, p. ex. USD
    moq: quantité minimale de commande
    lead_time_days: délai de livraison en jours
    incoterms: p. ex. FOB, CIF
    ports: ports de chargement séparés par des virgules
    specs: une caractéristique par ligne, nom : valeur

# Machine translation
exhibit-title = Titre
exhibit-description = Description
text-machine-draft = Brouillon automatique
translate-button = Traduire les langues manquantes
translate-hint = Les remplit de brouillons automatiques modifiables ci-dessous.
notice-translated = { $count } langues ont été remplies de brouillons automatiques ; vérifiez-les ci-dessous.
error-translate-unavailable = Le service de traduction n’est pas disponible. Réessayez plus tard.
error-admin-target = Seul l'administrateur de la sécurité peut verrouiller, déverrouiller, désactiver ou réactiver un administrateur.
error-grant-admin-server = Les trois rôles d'administrateur ne s'attribuent et ne se retirent que sur le serveur (yunzhan admin grant|revoke).
roles-administrators = Administrateurs
roles-administrators-intro = Vous seul verrouillez, déverrouillez, désactivez ou réactivez les trois administrateurs. Leurs rôles s'attribuent et se retirent sur le serveur avec yunzhan admin grant|revoke.
roles-on-server = Attribué sur le serveur
accounts-admin-note = Administrateur : géré par l'administrateur de la sécurité
error-review-own-org = Vous ne pouvez pas examiner la candidature ni les produits de votre propre organisation.
error-booth-org-unreviewed = Cette organisation n'est pas encore un exposant vérifié du salon : les examinateurs du salon statuent d'abord sur sa candidature.
error-revision-changed = L'exposant a modifié ce produit entre-temps ; examinez la nouvelle version.
error-quota-invitations = Au plus { $max } invitations peuvent être en attente en même temps.
error-quota-exhibits = Une organisation peut avoir au plus { $max } produits.
error-quota-media = Un produit peut avoir au plus { $max } fichiers multimédias.
error-quota-storage = Le stockage multimédia de votre organisation est plein ({ $max } Go).
error-quota-orgs = Un compte peut enregistrer au plus { $max } organisations.
exhibit-edit-pending = modifications en attente d'examen
review-waiting = En attente d'examen
review-approved = Approuvé
review-rejected = Refusé
exhibit-reviews = Examen sur chaque salon
exhibit-reviews-live = Version en ligne
exhibit-reviews-edit = Dernières modifications
exhibit-revision-pending = Vos modifications (version { $number }) attendent l'examen ; d'ici là, les visiteurs voient la version approuvée.
exhibit-revision-rejected = Vos modifications (version { $number }) ont été refusées : voyez les raisons ci-dessous, modifiez le produit et enregistrez pour le soumettre à nouveau.
fair = Salon
review-edit = Modifications d'un produit en ligne
review-after = Après
review-before = Avant
review-changes = Ce qui a changé
review-field = Champ
review-new = Nouveau produit
review-new-media = Nouveaux fichiers multimédias dans cette version : { $count }
review-revision = Version { $number }
exhibit-preview = Aperçu : les visiteurs ne voient pas encore cette version.
fair-register = S'inscrire à ce salon
fair-register-hint = L'inscription est gratuite. Elle permet aux organisateurs de vous vérifier comme acheteur professionnel, ce qui ouvre les produits réservés aux visiteurs professionnels.
fair-register-sign-in = Connectez-vous pour vous inscrire à ce salon
fair-registered = Vous êtes inscrit à ce salon.
fair-registered-trade = Vous êtes inscrit à ce salon comme visiteur professionnel vérifié.
booth-org-review-first = Pas encore vérifiée : les examinateurs du salon statuent d'abord sur la candidature.
org-applications = Candidatures aux salons
org-applications-hint = Demander un stand, c'est poser sa candidature à ce salon ; les examinateurs de chaque salon vérifient votre organisation.
org-applications-licence-first = Téléversez l'extrait Kbis (licence commerciale) avant de demander un stand.
org-frozen = Le profil ne peut pas être modifié tant qu'une candidature attend l'examen.
application-applied = En attente d'examen
application-approved = Exposant vérifié
application-rejected = Refusée
notice-exhibit-revision = Enregistré. Les modifications seront en ligne après approbation des examinateurs du salon ; d'ici là, les visiteurs voient la version approuvée.

meta-description = Salon professionnel en ligne Yunzhan : exposants, produits, stands en 3D et à 360°, rendez-vous avec des acheteurs du monde entier.
