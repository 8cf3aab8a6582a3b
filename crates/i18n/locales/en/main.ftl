# Yunzhan — English. Keep the same keys as zh-CN/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = Skip to content
nav-main = Main navigation
nav-home = Home
nav-account = My account
nav-admin = Administration
nav-login = Log in
nav-logout = Log out
nav-register = Register
language = Language
language-apply = Apply
footer-tagline = Yunzhan — the self-hosted platform for online trade fairs.
footer-api = API (OpenAPI)
footer-demo-mail = Demo mail folder
search = Search
save = Save
form-has-errors = Please correct the following:

home-title = Online trade fairs
home-lead = Digital halls and booths, exhibits in images, video, 3D and 360°, matchmaking, negotiation and live streams — on a platform you run yourself.
home-cta-register = Create an account
home-cta-login = Log in
home-features = What you can do here
feature-halls = Digital halls and booths
feature-halls-text = Walk the fair by industry, visit booths and see products in images, video, 3D, AR and 360° panoramas.
feature-search = Search
feature-search-text = Find exhibitors, buyers and products by keyword, HS code, company or category.
feature-match = Matchmaking and RFQs
feature-match-text = Explainable recommendations bring buyers and suppliers together; post requests for quotation and receive quotes.
feature-meet = Chat and video meetings
feature-meet-text = Negotiate one-to-one or in groups, with interpreters where needed.
feature-live = Live streams and forums
feature-live-text = Trade-week live streams from showrooms and production lines, theme forums and the opening ceremony.
feature-data = Data wall and reports
feature-data-text = Real-time figures for organizers, exhibitors and authorities, with open exports.
home-trust = Your data stays yours
home-trust-text = Self-hosted, encrypted in transit, with separated administrator roles and a tamper-evident audit log.

field-email = E-mail address
field-display-name = Name
field-password = Password
field-password-confirm = Repeat the password
field-current-password = Current password
field-new-password = New password
field-new-email = New e-mail address
field-totp-code = 6-digit code
password-hint = At least 12 characters. Common passwords are refused.

register-title = Create an account
register-submit = Register
register-have-account = Already have an account?
register-profile = About you (optional)
register-profile-hint = Exhibitors and matchmaking use this to find what you buy. Tick what exhibitors may see of you; you can change it later under My profile.
register-done-title = Check your mailbox
register-done-text = If { $email } can be registered, we have sent a confirmation link to it. Follow the link to activate your account.
confirm-done-title = E-mail address confirmed
confirm-done-text = Your e-mail address is confirmed. You can now log in.
confirm-failed-title = This link does not work
email-changed-text = Your e-mail address has been changed.

login-title = Log in
login-submit = Log in
login-forgot = Forgotten your password?

forgot-title = Forgotten password
forgot-intro = Enter your e-mail address and we will send you a link to set a new password.
forgot-submit = Send the link
forgot-done-title = Check your mailbox
forgot-done-text = If an account uses this address, a link to set a new password is on its way. The link works for one hour.

reset-title = Set a new password
reset-submit = Save the new password
reset-done-title = Password changed
reset-done-text = Your new password is saved and every session has been signed out. Log in with the new password.

totp-title = Two-step verification
totp-intro = Enter the 6-digit code from your authenticator app.
totp-submit = Verify
enrol-title = Set up two-step verification
enrol-intro = Administrators sign in with a password and a code from an authenticator app. Scan this QR code with the app, then enter the code it shows.
enrol-qr-label = QR code for your authenticator app
enrol-manual = Cannot scan? Enter this key by hand:
enrol-submit = Confirm

account-title = My account
account-roles = Roles
account-orgs = My organisations
account-fairs = Fairs I work on
account-change-password = Change password
account-change-email = Change e-mail address
account-sessions = Sessions and devices
account-logins = Login history
password-title = Change password
password-forced = You must choose a new password before you continue.
password-submit = Change password
email-title = Change e-mail address
email-intro = We will send a confirmation link to the new address. The change takes effect when you follow it.
email-submit = Send confirmation link
reauth-title = Confirm it is you
reauth-intro = For your security, enter your password again to continue.
reauth-submit = Continue
sessions-title = Sessions and devices
sessions-device = Device
sessions-ip = IP address
sessions-started = Started
sessions-last-seen = Last active
sessions-actions = Actions
sessions-this = this device
sessions-end = End session
sessions-end-others = Sign out all other sessions
logins-title = Login history
logins-time = Time
logins-result = Result
login-result-success = Signed in
login-result-password-ok = Password accepted
login-result-bad-password = Wrong password
login-result-bad-totp = Wrong code
login-result-bad-reauth = Wrong password (confirmation)
login-result-locked = Refused: account locked
login-result-unknown-account = Unknown account
notice-password-changed = Your password has been changed. Your other sessions were signed out.
notice-email-sent = A confirmation link is on its way to the new address.
notice-session-ended = The session has been ended.
notice-sessions-ended = All other sessions have been ended.
notice-saved = Saved.

admin-title = Administration
admin-you-are = You are signed in as { $role }.
admin-not-admin = You hold no administrator role.
admin-nothing = There is nothing here for your role.
role-system-admin = System administrator
role-security-admin = Security administrator
role-audit-admin = Audit administrator
role-organizer = Organizer
role-organizer-admin = Organizer administrator
role-reviewer = Reviewer
role-host = Host
role-support-agent = Support agent
role-legal-advisor = Legal advisor
role-interpreter = Interpreter
role-exhibitor-owner = Exhibitor owner
role-exhibitor-staff = Exhibitor staff
role-visitor = Visitor
role-trade-visitor = Trade visitor
scope-platform = Platform
scope-fair = Fair
scope-organisation = Organisation

accounts-title = Accounts
accounts-search = Search by e-mail or name
accounts-status = Status
accounts-last-login = Last login
accounts-lock = Lock
accounts-unlock = Unlock
accounts-disable = Disable
accounts-enable = Enable
accounts-create = Create an account
accounts-create-intro = The account gets a one-time password, shown once, that must be changed at the first login.
accounts-create-submit = Create
accounts-created = Account { $email } created. One-time password: { $password }
accounts-updated = Account { $email } updated.
status-active = Active
status-disabled = Disabled
status-locked = Locked
status-unconfirmed = E-mail not confirmed

settings-title = Site configuration
settings-site-name-zh = Site name (Chinese)
settings-site-name-en = Site name (English)
settings-registration-open = Registration is open
settings-default-lang = Default language

roles-title = Roles and permissions
roles-role = Role
roles-scope = Scope
roles-scope-id = Scope id (fair or organisation)
roles-grant = Grant a role
roles-grant-submit = Grant
roles-revoke = Revoke
roles-granted = Role granted to { $email }. Their sessions were ended.
roles-revoked = Role revoked from { $email }. Their sessions were ended.

policy-title = Security policy
policy-lockout-threshold = Failed logins before an account is locked (3–20)
policy-lockout-minutes = Lockout duration in minutes
policy-admin-idle = Administrator idle timeout in minutes (5–30)
policy-admin-absolute = Administrator session limit in hours (1–12)
policy-user-idle = User idle timeout in days
policy-user-absolute = User session limit in days
policy-inactive = Disable accounts unused for this many days (0 = never)
policy-reauth = Minutes a re-authentication stays valid

audit-title = Audit log
audit-from = From (date)
audit-to = To (date)
audit-actor = Actor (e-mail or id)
audit-action = Action
audit-outcome = Result
audit-any = Any
audit-success = Success
audit-failure = Failure
audit-role = Role
audit-target = Target
audit-detail = Detail
audit-export = Export CSV
audit-verify = Verify the chain
audit-older = Older records
audit-verify-ok = The audit chain is intact: { $count } records checked.
audit-verify-broken = The audit chain is broken: { $problem }

devmail-title = Demo mail folder
devmail-intro = In demo mode, e-mails are not sent: they are kept here.
devmail-empty = No mail yet.
devmail-to = To:

error-back-home = Back to the home page
error-title-bad-request = Something is wrong with the request
error-title-unauthorized = Please log in
error-title-forbidden = Not allowed
error-title-not-found = Page not found
error-title-conflict = Conflict
error-title-too-large = Too large
error-title-rate-limited = Too many attempts
error-title-unavailable = Temporarily unavailable
error-title-internal = Something went wrong
error-bad-request = The request could not be understood. Please check what you entered.
error-method = This action is not available here.
error-unauthorized = Please log in to continue.
error-forbidden = You do not have permission to do this.
error-not-found = We could not find what you were looking for.
error-conflict = This already exists.
error-rate-limited = Too many attempts. Please try again in { $seconds } seconds.
error-csrf = Your form expired or came from another site. Please reload the page and try again.
error-admin-tls = Administration is only available over a secure (HTTPS) connection.
error-too-large = What you sent is too large.
error-internal = An unexpected error occurred. It has been logged; please try again.
error-unavailable = The service is temporarily unavailable. Please try again shortly.
error-login-failed = The e-mail address or password is not correct.
error-account-locked = This account is locked by an administrator. Please contact the platform's support.
error-account-disabled = This account is disabled. Contact the organizer.
error-email-unconfirmed = Please confirm your e-mail address first: follow the link we sent you.
error-totp-invalid = The code is not correct. Check your authenticator app and try again.
error-email-invalid = Enter a valid e-mail address.
error-email-same = This is already your e-mail address.
error-email-taken = This e-mail address is already used by another account.
error-display-name = Enter a name of 1 to 100 characters.
error-password-short = The password must have at least 12 characters.
error-password-long = The password is too long (at most 256 characters).
error-password-common = This password is too common. Choose a less predictable one.
error-password-email = The password must not contain your e-mail address.
error-password-mismatch = The two passwords do not match.
error-password-same = The new password must differ from the current one.
error-password-wrong = The password is not correct.
error-registration-closed = Registration is closed at the moment.
error-link-invalid = This link is invalid, already used or expired.
error-self-action = You cannot do this to your own account.
error-site-name = Site names must have 1 to 60 characters.
error-language = Choose one of the offered languages.
error-policy-range = The value of { $field } is out of the allowed range.
error-no-such-account = No account uses this e-mail address.
error-grant-self = Administrators cannot change their own roles.
error-grant-second-admin = An account may hold only one of the three administrator roles.
error-grant-admin-mixed = Administrator accounts hold no other roles.
error-grant-scope = This role cannot be granted in that scope.
error-grant-held = The account already holds this role.
error-grant-not-held = The account does not hold this role.

mail-confirm-subject = Confirm your e-mail address for Yunzhan
mail-confirm-body =
    Hello { $name },

    please confirm your e-mail address by opening this link (valid for 24 hours):

    { $link }

    If you did not register, ignore this message.
mail-exists-subject = Your Yunzhan account
mail-exists-body =
    Someone tried to register or switch to this e-mail address, but it already belongs to an account.

    If that was you and you have forgotten your password, reset it here:

    { $link }
mail-reset-subject = Set a new Yunzhan password
mail-reset-body =
    Open this link to set a new password (valid for one hour):

    { $link }

    If you did not ask for this, ignore this message; your password stays as it is.
mail-password-changed-subject = Your Yunzhan password was changed
mail-password-changed-body = Your password was just changed. If this was not you, reset your password at once and contact the organizer.
mail-change-email-subject = Confirm your new e-mail address
mail-change-email-body =
    Open this link to use this address for your Yunzhan account (valid for 24 hours):

    { $link }
mail-email-notice-subject = Your Yunzhan e-mail address is being changed
mail-email-notice-body = Someone asked to change the e-mail address of your account to { $email }. If this was not you, change your password now.

# Fairs, halls and booths
nav-fairs = Fairs
breadcrumb = Breadcrumb
fairs-title = Fairs
fairs-none = No fair has been announced yet.
fair-create = Create a fair
fair-create-submit = Create the fair
fair-manage = Manage the fair
fair-details = Fair details and phases
fair-halls = Halls
fair-halls-closed = The halls open with the opening ceremony; until then you see the plans.
fair-no-halls = No halls yet.
fair-schedule = Schedule
fair-featured = Featured exhibitors
fair-new-products = New products
search-label = Search exhibitors and products
search-submit = Search
search-title = Search
search-title-for = Results for “{ $q }”
search-found = { $count ->
    [0] Nothing found. Try fewer or other words.
    [one] One result
   *[other] { $count } results
}
search-exhibitors = Exhibitors
search-products = Products
fair-slug = Short name in the address
fair-slug-hint = 3 to 40 lower-case letters, digits and hyphens, e.g. canton-2027. It cannot be changed later.
fair-name-zh = Name (Chinese)
fair-name-en = Name (English)
fair-description-zh = Description (Chinese)
fair-description-en = Description (English)
fair-time-zone = Time zone
fair-time-zone-hint = An IANA time zone such as Asia/Shanghai; the dates below are in it.
fair-languages = Languages of the fair
fair-phases = Phases
fair-registration-opens = Registration opens
fair-opening = Opening ceremony
fair-show-days = Show days begin
fair-trade-week = Trade week begins
fair-service-period = Service month begins
fair-closes = Fair closes
phase-upcoming = Upcoming
phase-pre-show = Before the show
phase-opening = Opening ceremony
phase-show-days = Show days
phase-trade-week = Trade week
phase-service-period = Service month
phase-post-show = Closed
hall-label = Hall { $code }
hall-chapters = HS chapters
hall-free = { $count } free
hall-booths = { $count } booths
hall-plan = Hall plan: select a booth to visit it
hall-booth-list = All booths as a list
hall-add = Add a hall
hall-code = Hall number
hall-name-zh = Hall name (Chinese)
hall-name-en = Hall name (English)
hall-chapters-input = HS chapters (comma-separated)
hall-rows = Rows of booths
hall-cols = Booths per row
hall-premium-rows = Premium rows (front)
hall-add-submit = Add the hall and its booths
booth-label = Booth { $code }
booth-free = Free
booth-requested = Requested
booth-booked = Booked
booth-premium = Premium
booth-standard = Standard
booth-code = Booth
booth-kind = Type
booth-status = Status
notice-hall-added = The hall and its booths were added.
error-fair-slug = The short name must have 3 to 40 lower-case letters, digits and hyphens.
error-fair-slug-taken = Another fair already uses this short name.
error-fair-name = Enter the fair's names (at most 120 characters each).
error-time-zone = Enter a known IANA time zone, such as Asia/Shanghai.
error-fair-languages = Choose at least one language.
error-fair-dates = Enter the date and time of every phase.
error-fair-order = The phases must follow each other in time.
error-hall-code = The hall number has one or two digits.
error-hall-code-taken = This fair already has a hall with this number.
error-hall-name = Enter the hall's names (at most 80 characters each).
error-hs-code = "{ $code }" is not an HS code.
error-hall-chapters = Enter at least one HS chapter.
error-hall-grid = Rows must be 1 to 26, booths per row 1 to 40, premium rows 0 to 26.
error-uscc-length = A Unified Social Credit Code has 18 characters.
error-uscc-character = The Unified Social Credit Code contains a character that is not allowed.
error-uscc-check = The Unified Social Credit Code is not valid (wrong check character).
error-uscc-org-check = The organisation code inside the Unified Social Credit Code is not valid.

# Exhibitor onboarding and review
org-register = Register your organisation
org-register-intro = Exhibitors register their company with its Unified Social Credit Code and business licence; the organizer's reviewers verify it.
org-register-submit = Register
org-name-zh = Legal name (Chinese)
org-name-en = Legal name (English)
org-uscc = Unified Social Credit Code
org-uscc-hint = The 18-character code on the business licence, e.g. 91350100M000100Y43.
org-contact-name = Contact person
org-contact-email = Contact e-mail
org-industries = Industries (HS codes)
org-industries-hint = HS chapters or codes, separated by commas, e.g. 94, 9403.60.
org-markets = Target markets
org-markets-hint = Two-letter country codes separated by commas, e.g. US, DE, AE.
org-languages = Languages
org-status = Status
org-status-draft = Draft
org-status-submitted = Under review
org-status-approved = Verified
org-status-rejected = Changes needed
org-verified = Verified exhibitor
org-review-reason = Reviewer's note
org-licence = Business licence
org-licence-view = View the licence
org-licence-none = No licence uploaded yet.
org-licence-file = Licence file
org-licence-hint = An image (JPEG, PNG, WebP) or a PDF, at most 20 MB. Image metadata such as location is removed.
org-licence-upload = Upload
org-submit = Submit for review
org-profile = Company profile
notice-licence-uploaded = The licence was uploaded.
notice-org-submitted = Submitted. You will hear from the reviewers by e-mail.
notice-org-approved = The organisation was approved.
notice-org-rejected = The organisation was sent back with your note.
review-title = Exhibitor review
review-empty = Nothing waits for review.
review-reason = Note to the exhibitor
review-reason-hint = Required when you reject: say what to fix.
review-approve = Approve
review-reject = Reject
error-org-name = Enter both legal names (at most 200 characters each).
error-org-contact = Enter a contact person.
error-org-industries = Enter at least one industry as an HS code.
error-country-code = "{ $code }" is not a two-letter country code.
error-language-tag = "{ $tag }" is not a language tag.
error-uscc-taken = An organisation with this Unified Social Credit Code is already registered.
error-org-under-review = This cannot be changed while an application of the organisation waits for review.
error-licence-missing = Upload the business licence first.
error-licence-type = The licence must be an image (JPEG, PNG, WebP) or a PDF.
error-licence-image = The licence image could not be read.
error-licence-pdf = The PDF could not be accepted (damaged, or it contains scripts).
error-review-reason = Give a reason when you reject.
error-org-not-submitted = This organisation is not waiting for review.
mail-org-submitted-subject = { $org } applied to exhibit at { $fair }
mail-org-submitted-body = Your organisation { $org } applied to exhibit at { $fair }. We will write when the fair's reviewers have decided.
mail-org-approved-subject = { $org } is a verified exhibitor of { $fair }
mail-org-approved-body = Your organisation { $org } was approved as an exhibitor of { $fair }. It carries the verified badge there, its products can go live, and the organizers can confirm its booths.
mail-org-rejected-subject = { $org }: the application to { $fair } needs changes
mail-org-rejected-body =
    The reviewers sent { $org } back with this note:

    { $reason }

    Fix it on your organisation's page and submit again.

# Booth booking
booth-exhibitor = Exhibitor
booth-request-for = Request this booth for { $org }
booth-requests = Booth requests
booth-requests-none = No booth request waits for a decision.
notice-booth-approved = The booth is booked.
notice-booth-rejected = The request was rejected; the booth is free again.
error-booth-unverified = Upload the business licence before requesting booths.
error-booking-closed = Booths can be requested only before the fair opens.
error-booth-taken = Another exhibitor has just requested this booth.
error-booth-limit = Your organisation already holds the most booths allowed at this fair.
error-booth-not-requested = This booth has no request waiting.
mail-booth-approved-subject = Booth { $booth } is yours
mail-booth-approved-body = The organizer approved your request: booth { $booth } is booked for your organisation.
mail-booth-rejected-subject = Booth { $booth } was not confirmed
mail-booth-rejected-body = The organizer did not confirm your request for booth { $booth }. You may request another free booth.

# Exhibitor staff
staff-title = Staff
staff-invite = Invite a colleague
staff-invite-submit = Send the invitation
staff-remove = Remove
staff-pending = Invitation sent
notice-invite-sent = An invitation was sent to { $email }.
notice-staff-removed = The staff member was removed.
invite-title = Invitation
invite-intro = You are invited to join
invite-as = You will join as
invite-accept = Accept the invitation
invite-sign-in = Log in (or register) with the invited e-mail address to accept.
error-invite-other-account = This invitation is for another e-mail address. Log in with the invited address.
mail-staff-invite-subject = Join { $org } on Yunzhan
mail-staff-invite-body =
    You are invited to join { $org } as a member of its exhibitor team. Open this link (valid for 7 days) and accept while signed in with this e-mail address:

    { $link }

# Visitor profile and privacy
profile-title = Visitor profile and privacy
profile-intro = Tell exhibitors what you buy, and choose what they may see of you. You can change this at any time.
profile-country = Country (two letters)
profile-country-hint = Two-letter country code, e.g. DE, BR or AE.
profile-company = Company
profile-job = Job title
profile-interests = Purchasing interests (HS codes)
profile-volume = Yearly purchase volume
profile-phone = Phone
profile-social = Social handles
profile-social-hint = E.g. WeChat, WhatsApp or LinkedIn IDs. Stored encrypted.
profile-consent = What exhibitors may see, and leads
consent-show_name = My name
consent-show_company = My company and job title
consent-show_email = My e-mail address
consent-show_phone = My phone number
consent-show_social = My social handles
consent-lead_push = Exhibitors matching my interests may contact me (lead push)
volume-unset = Not said
volume-lt_100k = Under 100,000 USD
volume-100k_1m = 100,000 – 1 million USD
volume-1m_10m = 1 – 10 million USD
volume-gt_10m = Over 10 million USD
account-download = Download my data
delete-title = Delete my account
delete-intro = This deletes your account, profile, sessions, login history and the organisations only you own, with their files. It cannot be undone. Security audit records keep your account's anonymous id, as the law requires.
delete-submit = Delete my account for good
error-phone = A phone number has at most 30 digits, spaces and + - ( ).
error-admin-delete = Administrator accounts are removed by the operator, not by themselves.
visitors-title = Visitors and trade visitors
visitors-verify = Verify as trade visitor
visitors-unverify = Withdraw
notice-trade-verified = The visitor is now a verified trade visitor.
notice-trade-unverified = The trade-visitor verification was withdrawn.

# Exhibits
exhibits-title = Exhibits
exhibits-none = No exhibits yet.
exhibit-new = New exhibit
exhibit-create = Create the exhibit
exhibit-edit = Edit the exhibit
exhibit-details = Details
exhibit-view = View the page
exhibit-draft = Draft
exhibit-published = Published
exhibit-publish = Publish
exhibit-source-lang = Written in
exhibit-title-zh = Title (Chinese)
exhibit-title-en = Title (English)
exhibit-description-zh = Description (Chinese)
exhibit-description-en = Description (English)
exhibit-points-zh = Selling points (Chinese)
exhibit-points-en = Selling points (English)
exhibit-points = Selling points
exhibit-hs = HS code
exhibit-model = Model number
exhibit-price = Price
exhibit-price-min = Price from
exhibit-price-max = Price to
exhibit-currency = Currency (ISO code)
exhibit-moq = Minimum order quantity
exhibit-lead-time = Lead time
exhibit-days = { $count } days
exhibit-incoterms = Incoterms
exhibit-ports = Ports of loading
exhibit-specs = Specifications
exhibit-specs-hint = One per line: name: value.
exhibit-images = Images
exhibit-image-file = Image (JPEG, PNG, WebP, GIF)
exhibit-untranslated = This exhibit is not yet available in your language; it is shown in its original language.
exhibit-machine = Machine translation, not yet reviewed by the exhibitor.
notice-exhibit-published = The exhibit is published.
notice-image-added = The image was added.
error-exhibit-title = Give the exhibit a title in the language it is written in.
error-currency = Give the currency as a three-letter ISO code, such as USD or CNY.
error-price = "{ $value }" is not a price.
error-price-order = The lowest price is above the highest.
error-moq = The minimum order quantity must be a whole number.
error-lead-time = The lead time must be a number of days (at most 3650).
error-incoterm = "{ $term }" is not an Incoterm.
error-spec-line = "{ $line }" has no name and value (write name: value).
error-exhibit-unverified = Products can be published once a fair has verified the organisation as its exhibitor.
error-exhibit-published = The exhibit is already published.
error-image-type = Upload an image (JPEG, PNG, WebP or GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = Media
media-open = Open
media-purpose = Kind of file
media-kind-image = Image
media-kind-video = Video
media-kind-model = 3D model
media-kind-panorama = 360° panorama
media-kind-document = Document (PDF)
media-kind-table = Table (CSV or XLSX)
media-file = File
media-file-hint = Video: MP4 or WebM up to 200 MB. 3D: GLB or glTF with embedded data. Panorama: equirectangular JPEG, 2:1, at least 2000 px wide.
media-poster = Poster image for a video (optional)
media-caption = Caption
media-model-hint = Drag to rotate, pinch or scroll to zoom; on a phone, tap the AR button to place it in your room.
media-model-open = View the 3D model
media-panorama-open = Open the 360° view
media-documents = Documents
media-table-download = Download the table
notice-media-added = The file was added.
error-media-type = This file type is not accepted here.
error-media-wrong-kind = The file is a { $found } file, which does not fit the kind you chose.
error-media-too-large = The file is too large: at most { $mb } MB.
error-media-dimensions = The image is too large in pixels.
error-media-video = This is not a playable MP4 or WebM video.
error-media-pdf = This PDF cannot be read.
error-media-pdf-active = PDFs with scripts, attachments or forms are not accepted.
error-media-table = The table cannot be read, or it is too large.
error-media-model = This is not a valid glTF 2.0 model.
error-media-model-external = The model refers to files outside itself; export it as one GLB file.
error-media-panorama = A panorama must be an equirectangular JPEG, twice as wide as high, at least 2000 px wide.
error-media-unreadable = The file cannot be read.
error-media-poster = The poster must be a JPEG, PNG or WebP image.
fair-exhibit-review = Review exhibits before they go live (otherwise verified exhibitors publish at once)
error-exhibit-pending = This exhibit is already waiting for review.
error-exhibit-not-pending = This exhibit is not waiting for review.
mail-exhibit-approved-subject = Your exhibit is live
mail-exhibit-approved-body = “{ $title }” was approved and is now visible to visitors.
mail-exhibit-rejected-subject = Your exhibit needs changes
mail-exhibit-rejected-body = “{ $title }” was not approved: { $reason }. Change it and publish it again.
notice-exhibit-submitted = The exhibit was sent for review; it goes live once approved.
exhibit-pending = Waiting for review
exhibit-rejected = Not approved
exhibit-review-title = Exhibits waiting for review
notice-exhibit-approved = The exhibit was approved and is live.
notice-exhibit-rejected = The exhibit was returned to the exhibitor with your note.
hidden-title = Not available to you
hidden-trade-only = The exhibitor shows this only to verified trade visitors.
hidden-country = The exhibitor does not show this in your country, or your profile does not give your country.
hidden-profile-link = Complete my profile
favourites-title = My favourites
favourites-exhibitors = Exhibitors
favourites-products = Products
favourites-none = Nothing saved yet.
favourite-save = Save
favourite-saved = Saved
exhibitor-contact = E-mail the exhibitor
exhibitor-no-products = No products are shown yet.
exhibitor-documents = Catalogues and certificates
exhibitor-public-page = See my public exhibitor page
visibility-title = Who may see this product
visibility-booth-title = Who may see my booth
visibility-countries = Only visitors from these countries
visibility-countries-hint = Two-letter country codes separated by commas, e.g. DE, FR, BR. Leave empty for everyone.
visibility-trade-only = Only verified trade visitors
error-country = “{ $code }” is not a two-letter country code.

# Catalogue import and export
catalogue-title = Catalogue import and export
catalogue-hint = Fill in the template, one product per row, up to 10,000 rows. Nothing is saved unless every row is correct; products are imported as drafts. Rows with an id update that product.
catalogue-template = Download the XLSX template
catalogue-import-file = Catalogue file (XLSX or CSV)
catalogue-import = Import
catalogue-export = Export the catalogue
catalogue-errors = Cells to correct
catalogue-row = Row
catalogue-column = Column
catalogue-reason = Problem
catalogue-more = …and { $count } more problems.
notice-imported = { $count } products were imported as drafts.
error-import-type = Choose an XLSX or CSV file.
error-import-empty = The file has no product rows.
error-import-header = The first row must be the template’s header; the column { $column } is missing.
error-import-too-many = At most { $max } products per file.
error-import-cells = Nothing was imported: correct these cells and upload the file again.
error-import-duplicate-id = This id was already used in row { $row }.
error-import-unknown-id = No product of yours has this id; leave the id empty to add a new product.
catalogue-help = 
    id: leave empty for a new product; keep it to update an exported product
    source_lang: the language you write in: zh-CN or en
    title_zh, title_en: product name (required in the source language)
    description_zh, description_en: description
    points_zh, points_en: selling points
    hs_code: HS code, at least 6 digits, e.g. 9401.61
    model_number: model number
    price_min, price_max: price range, e.g. 25 or 32.50
    currency: ISO 4217 code, e.g. USD
    moq: minimum order quantity
    lead_time_days: lead time in days
    incoterms: e.g. FOB, CIF
    ports: ports of loading, separated by commas
    specs: one specification per line, name: value

# Machine translation
exhibit-title = Title
exhibit-description = Description
text-machine-draft = Machine draft
translate-button = Translate missing languages
translate-hint = Fills them with machine drafts that you can edit below.
notice-translated = { $count } languages were filled with machine drafts; check them below.
error-translate-unavailable = The translation service is not available. Try again later.
error-admin-target = Only the security administrator may lock, unlock, disable or enable an administrator.
error-grant-admin-server = The three administrator roles are granted and revoked only on the server (yunzhan admin grant|revoke).
roles-administrators = Administrators
roles-administrators-intro = Only you lock, unlock, disable or enable the three administrators. Their roles are granted and revoked on the server with yunzhan admin grant|revoke.
roles-on-server = Granted on the server
accounts-admin-note = Administrator: managed by the security administrator
error-review-own-org = You cannot review your own organisation's application or products.
error-booth-org-unreviewed = This organisation is not yet a verified exhibitor of the fair: the fair's reviewers decide its application first.
error-revision-changed = The exhibitor changed this product meanwhile; review the new version.
error-quota-invitations = At most { $max } invitations can be open at once.
error-quota-exhibits = An organisation can have at most { $max } products.
error-quota-media = A product can have at most { $max } media files.
error-quota-storage = Your organisation's media storage is full ({ $max } GB).
error-quota-orgs = One account can register at most { $max } organisations.
exhibit-edit-pending = changes waiting for review
review-waiting = Waiting for review
review-approved = Approved
review-rejected = Rejected
exhibit-reviews = Review on each fair
exhibit-reviews-live = Live version
exhibit-reviews-edit = Latest changes
exhibit-revision-pending = Your changes (version { $number }) wait for review; visitors see the approved version until then.
exhibit-revision-rejected = Your changes (version { $number }) were rejected: see the reasons below, change the product and save to send it again.
fair = Fair
review-edit = Changes to a live product
review-after = After
review-before = Before
review-changes = What changed
review-field = Field
review-new = New product
review-new-media = New media files in this version: { $count }
review-revision = Version { $number }
exhibit-preview = Preview: visitors do not see this version yet.
fair-register = Register for this fair
fair-register-hint = Registration is free. It lets the organizers verify you as a trade buyer, which opens the products reserved for trade visitors.
fair-register-sign-in = Sign in to register for this fair
fair-registered = You are registered for this fair.
fair-registered-trade = You are registered for this fair as a verified trade visitor.
booth-org-review-first = Not yet verified: the fair's reviewers decide the application first.
org-applications = Applications to fairs
org-applications-hint = Requesting a booth applies to exhibit at that fair; each fair's reviewers verify your organisation.
org-applications-licence-first = Upload the business licence before requesting a booth.
org-frozen = The profile cannot be changed while an application waits for review.
application-applied = Waiting for review
application-approved = Verified exhibitor
application-rejected = Rejected
notice-exhibit-revision = Saved. The changes go live once the fair's reviewers approve them; visitors see the approved version until then.

meta-description = Yunzhan online trade fair: exhibitors, products, 3D and 360° booths, meetings with buyers from every country.
