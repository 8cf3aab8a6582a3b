# Yunzhan — Arabic. The translation is complete: keep the same keys as en/main.ftl.
# يونجان — العربية (الفصحى المعاصرة، بصيغة رسمية تناسب منصة معارض تجارية بين الشركات).

site-name = يونجان
skip-to-content = انتقل إلى المحتوى
nav-main = التنقل الرئيسي
nav-home = الرئيسية
nav-account = حسابي
nav-admin = الإدارة
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = إنشاء حساب
language = اللغة
language-apply = تطبيق
footer-tagline = يونجان — منصة المعارض التجارية الإلكترونية ذاتية الاستضافة.
footer-api = واجهة برمجة التطبيقات (OpenAPI)
footer-demo-mail = مجلد البريد التجريبي
search = بحث
save = حفظ
form-has-errors = يرجى تصحيح ما يلي:

home-title = المعارض التجارية عبر الإنترنت
home-lead = قاعات وأجنحة رقمية، ومعروضات تُقدَّم بالصور والفيديو وبتقنيتَي 3D و360°، وتوفيق بين المشترين والموردين، ومفاوضات وبث مباشر — على منصة تديرها بنفسك.
home-cta-register = أنشئ حسابًا
home-cta-login = تسجيل الدخول
home-features = ما يمكنك القيام به هنا
feature-halls = قاعات وأجنحة رقمية
feature-halls-text = تجوَّل في المعرض حسب القطاع، وزُر الأجنحة، واستعرض المنتجات بالصور والفيديو وبتقنيات 3D وAR وبانوراما 360°.
feature-search = البحث
feature-search-text = ابحث عن العارضين والمشترين والمنتجات بالكلمة المفتاحية أو رمز HS أو اسم الشركة أو الفئة.
feature-match = التوفيق التجاري وطلبات عروض الأسعار
feature-match-text = توصيات قابلة للتفسير تجمع بين المشترين والموردين؛ انشر طلبات عروض الأسعار واستقبل العروض.
feature-meet = المحادثة واجتماعات الفيديو
feature-meet-text = تفاوَض في لقاءات ثنائية أو جماعية، مع مترجمين فوريين عند الحاجة.
feature-live = البث المباشر والمنتديات
feature-live-text = بث مباشر خلال الأسبوع التجاري من صالات العرض وخطوط الإنتاج، ومنتديات متخصصة، وحفل الافتتاح.
feature-data = لوحة البيانات والتقارير
feature-data-text = أرقام آنية للجهات المنظمة والعارضين والجهات الرسمية، مع تصدير البيانات بصيغ مفتوحة.
home-trust = بياناتك ملك لك
home-trust-text = استضافة ذاتية، وتشفير أثناء النقل، وأدوار إدارية منفصلة، وسجل تدقيق يكشف أي تلاعب.

field-email = البريد الإلكتروني
field-display-name = الاسم
field-password = كلمة المرور
field-password-confirm = أعد إدخال كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-new-email = عنوان البريد الإلكتروني الجديد
field-totp-code = الرمز المكوَّن من 6 أرقام
password-hint = يجب ألا تقل عن 12 حرفًا. تُرفض كلمات المرور الشائعة.

register-title = إنشاء حساب
register-submit = تسجيل
register-have-account = لديك حساب بالفعل؟
register-profile = عنك (اختياري)
register-profile-hint = يستخدم العارضون وخدمة المطابقة هذه المعلومات لمعرفة ما تشتريه. حدّد ما يمكن للعارضين رؤيته عنك؛ يمكنك تغييره لاحقًا في ملفك الشخصي.
register-done-title = تفقَّد بريدك الوارد
register-done-text = إذا كان التسجيل بالعنوان { $email } ممكنًا، فقد أرسلنا إليه رابط تأكيد. افتح الرابط لتفعيل حسابك.
confirm-done-title = تم تأكيد البريد الإلكتروني
confirm-done-text = تم تأكيد عنوان بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
confirm-failed-title = هذا الرابط غير صالح
email-changed-text = تم تغيير عنوان بريدك الإلكتروني.

login-title = تسجيل الدخول
login-submit = دخول
login-forgot = نسيت كلمة المرور؟

forgot-title = استعادة كلمة المرور
forgot-intro = أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا لتعيين كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-done-title = تفقَّد بريدك الوارد
forgot-done-text = إذا كان هناك حساب يستخدم هذا العنوان، فإن رابط تعيين كلمة مرور جديدة في طريقه إليه. يظل الرابط صالحًا لمدة ساعة واحدة.

reset-title = تعيين كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done-title = تم تغيير كلمة المرور
reset-done-text = حُفظت كلمة المرور الجديدة وأُنهيت جميع الجلسات. سجِّل الدخول باستخدام كلمة المرور الجديدة.

totp-title = التحقق بخطوتين
totp-intro = أدخل الرمز المكوَّن من 6 أرقام الظاهر في تطبيق المصادقة.
totp-submit = تحقَّق
enrol-title = إعداد التحقق بخطوتين
enrol-intro = يسجِّل المديرون الدخول باستخدام كلمة المرور ورمز من تطبيق المصادقة. امسح رمز QR هذا بالتطبيق، ثم أدخل الرمز الذي يعرضه.
enrol-qr-label = رمز QR لتطبيق المصادقة
enrol-manual = تعذَّر المسح؟ أدخل هذا المفتاح يدويًا:
enrol-submit = تأكيد

account-title = حسابي
account-roles = الأدوار
account-orgs = مؤسساتي
account-fairs = المعارض التي أعمل عليها
account-change-password = تغيير كلمة المرور
account-change-email = تغيير البريد الإلكتروني
account-sessions = الجلسات والأجهزة
account-logins = سجل تسجيلات الدخول
password-title = تغيير كلمة المرور
password-forced = يجب عليك اختيار كلمة مرور جديدة قبل المتابعة.
password-submit = تغيير كلمة المرور
email-title = تغيير البريد الإلكتروني
email-intro = سنرسل رابط تأكيد إلى العنوان الجديد، ولن يسري التغيير إلا بعد فتح هذا الرابط.
email-submit = إرسال رابط التأكيد
reauth-title = تأكيد هويتك
reauth-intro = حفاظًا على أمان حسابك، أدخل كلمة المرور مرة أخرى للمتابعة.
reauth-submit = متابعة
sessions-title = الجلسات والأجهزة
sessions-device = الجهاز
sessions-ip = عنوان IP
sessions-started = وقت البدء
sessions-last-seen = آخر نشاط
sessions-actions = الإجراءات
sessions-this = هذا الجهاز
sessions-end = إنهاء الجلسة
sessions-end-others = تسجيل الخروج من جميع الجلسات الأخرى
logins-title = سجل تسجيلات الدخول
logins-time = الوقت
logins-result = النتيجة
login-result-success = تم تسجيل الدخول
login-result-password-ok = قُبلت كلمة المرور
login-result-bad-password = كلمة مرور خاطئة
login-result-bad-totp = رمز خاطئ
login-result-bad-reauth = كلمة مرور خاطئة (إعادة التأكيد)
login-result-locked = مرفوض: الحساب مقفل
login-result-unknown-account = حساب غير معروف
notice-password-changed = تم تغيير كلمة المرور، وسُجِّل الخروج من جلساتك الأخرى.
notice-email-sent = رابط التأكيد في طريقه إلى العنوان الجديد.
notice-session-ended = تم إنهاء الجلسة.
notice-sessions-ended = تم إنهاء جميع الجلسات الأخرى.
notice-saved = تم الحفظ.

admin-title = الإدارة
admin-you-are = أنت مسجِّل الدخول بصفة { $role }.
admin-not-admin = ليس لديك أي دور إداري.
admin-nothing = لا يوجد هنا ما يخص دورك.
role-system-admin = مدير النظام
role-security-admin = مدير الأمن
role-audit-admin = مدير التدقيق
role-organizer = الجهة المنظمة
role-organizer-admin = مدير الجهة المنظمة
role-reviewer = مراجع
role-host = مضيف
role-support-agent = موظف دعم
role-legal-advisor = مستشار قانوني
role-interpreter = مترجم فوري
role-exhibitor-owner = مسؤول الجهة العارضة
role-exhibitor-staff = موظف لدى الجهة العارضة
role-visitor = زائر
role-trade-visitor = زائر تجاري
scope-platform = المنصة
scope-fair = المعرض
scope-organisation = المؤسسة

accounts-title = الحسابات
accounts-search = البحث بالبريد الإلكتروني أو الاسم
accounts-status = الحالة
accounts-last-login = آخر تسجيل دخول
accounts-lock = قفل
accounts-unlock = إلغاء القفل
accounts-disable = تعطيل
accounts-enable = تفعيل
accounts-create = إنشاء حساب
accounts-create-intro = يحصل الحساب على كلمة مرور لمرة واحدة تُعرض مرة واحدة فقط، ويجب تغييرها عند أول تسجيل دخول.
accounts-create-submit = إنشاء
accounts-created = تم إنشاء الحساب { $email }. كلمة المرور لمرة واحدة: { $password }
accounts-updated = تم تحديث الحساب { $email }.
status-active = نشط
status-disabled = معطَّل
status-locked = مقفل
status-unconfirmed = البريد الإلكتروني غير مؤكَّد

settings-title = إعدادات الموقع
settings-site-name-zh = اسم الموقع (بالصينية)
settings-site-name-en = اسم الموقع (بالإنجليزية)
settings-registration-open = التسجيل مفتوح
settings-default-lang = اللغة الافتراضية

roles-title = الأدوار والصلاحيات
roles-role = الدور
roles-scope = النطاق
roles-scope-id = معرِّف النطاق (معرض أو مؤسسة)
roles-grant = منح دور
roles-grant-submit = منح
roles-revoke = سحب
roles-granted = تم منح الدور للحساب { $email }، وأُنهيت جلساته.
roles-revoked = تم سحب الدور من الحساب { $email }، وأُنهيت جلساته.

policy-title = سياسة الأمان
policy-lockout-threshold = عدد محاولات تسجيل الدخول الفاشلة قبل قفل الحساب (3–20)
policy-lockout-minutes = مدة القفل بالدقائق
policy-admin-idle = مهلة خمول جلسة المدير بالدقائق (5–30)
policy-admin-absolute = الحد الأقصى لمدة جلسة المدير بالساعات (1–12)
policy-user-idle = مهلة خمول جلسة المستخدم بالأيام
policy-user-absolute = الحد الأقصى لمدة جلسة المستخدم بالأيام
policy-inactive = تعطيل الحسابات غير المستخدمة طوال هذا العدد من الأيام (0 = عدم التعطيل مطلقًا)
policy-reauth = مدة صلاحية إعادة المصادقة بالدقائق

audit-title = سجل التدقيق
audit-from = من (تاريخ)
audit-to = إلى (تاريخ)
audit-actor = المنفِّذ (البريد الإلكتروني أو المعرِّف)
audit-action = الإجراء
audit-outcome = النتيجة
audit-any = الكل
audit-success = نجاح
audit-failure = إخفاق
audit-role = الدور
audit-target = الهدف
audit-detail = التفاصيل
audit-export = تصدير CSV
audit-verify = التحقق من سلسلة التدقيق
audit-older = سجلات أقدم
audit-verify-ok = سلسلة التدقيق سليمة: عدد السجلات التي جرى التحقق منها { $count }.
audit-verify-broken = سلسلة التدقيق غير سليمة: { $problem }

devmail-title = مجلد البريد التجريبي
devmail-intro = في الوضع التجريبي لا تُرسَل رسائل البريد الإلكتروني، بل تُحفَظ هنا.
devmail-empty = لا توجد رسائل بعد.
devmail-to = إلى:

error-back-home = العودة إلى الصفحة الرئيسية
error-title-bad-request = يوجد خطأ في الطلب
error-title-unauthorized = يرجى تسجيل الدخول
error-title-forbidden = غير مسموح
error-title-not-found = الصفحة غير موجودة
error-title-conflict = تعارض
error-title-too-large = الحجم كبير جدًا
error-title-rate-limited = محاولات كثيرة جدًا
error-title-unavailable = غير متاح مؤقتًا
error-title-internal = حدث خطأ ما
error-bad-request = تعذَّر فهم الطلب. يرجى التحقق من البيانات التي أدخلتها.
error-method = هذا الإجراء غير متاح هنا.
error-unauthorized = يرجى تسجيل الدخول للمتابعة.
error-forbidden = ليست لديك صلاحية للقيام بذلك.
error-not-found = لم نعثر على ما تبحث عنه.
error-conflict = هذا العنصر موجود بالفعل.
error-rate-limited = محاولات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
error-csrf = انتهت صلاحية النموذج أو أُرسل من موقع آخر. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-admin-tls = لا تتاح الإدارة إلا عبر اتصال آمن (HTTPS).
error-too-large = حجم ما أرسلته كبير جدًا.
error-internal = حدث خطأ غير متوقع، وقد جرى تسجيله. يرجى المحاولة مرة أخرى.
error-unavailable = الخدمة غير متاحة مؤقتًا. يرجى المحاولة مرة أخرى بعد قليل.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-account-locked = قام أحد المسؤولين بقفل هذا الحساب. يُرجى التواصل مع دعم المنصة.
error-account-disabled = هذا الحساب معطَّل. يرجى التواصل مع الجهة المنظمة.
error-email-unconfirmed = يرجى تأكيد عنوان بريدك الإلكتروني أولًا عبر الرابط الذي أرسلناه إليك.
error-totp-invalid = الرمز غير صحيح. تحقَّق من تطبيق المصادقة وحاول مرة أخرى.
error-email-invalid = أدخل عنوان بريد إلكتروني صالحًا.
error-email-same = هذا هو عنوان بريدك الإلكتروني الحالي.
error-email-taken = عنوان البريد الإلكتروني هذا مستخدم في حساب آخر.
error-display-name = أدخل اسمًا يتراوح طوله بين حرف واحد و100 حرف.
error-password-short = يجب ألا تقل كلمة المرور عن 12 حرفًا.
error-password-long = كلمة المرور طويلة جدًا (256 حرفًا كحد أقصى).
error-password-common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.
error-password-email = يجب ألا تتضمن كلمة المرور عنوان بريدك الإلكتروني.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-password-same = يجب أن تختلف كلمة المرور الجديدة عن كلمة المرور الحالية.
error-password-wrong = كلمة المرور غير صحيحة.
error-registration-closed = التسجيل مغلق حاليًا.
error-link-invalid = هذا الرابط غير صالح أو سبق استخدامه أو انتهت صلاحيته.
error-self-action = لا يمكنك تنفيذ هذا الإجراء على حسابك الخاص.
error-site-name = يجب أن يتراوح طول اسم الموقع بين حرف واحد و60 حرفًا.
error-language = اختر إحدى اللغات المتاحة.
error-policy-range = قيمة { $field } خارج النطاق المسموح به.
error-no-such-account = لا يوجد حساب يستخدم عنوان البريد الإلكتروني هذا.
error-grant-self = لا يمكن للمديرين تغيير أدوارهم بأنفسهم.
error-grant-second-admin = لا يجوز أن يحمل الحساب سوى دور واحد من أدوار الإدارة الثلاثة.
error-grant-admin-mixed = لا تحمل حسابات المديرين أي أدوار أخرى.
error-grant-scope = لا يمكن منح هذا الدور ضمن هذا النطاق.
error-grant-held = يحمل الحساب هذا الدور بالفعل.
error-grant-not-held = لا يحمل الحساب هذا الدور.

mail-confirm-subject = أكِّد عنوان بريدك الإلكتروني في يونجان
mail-confirm-body =
    مرحبًا { $name }،

    يرجى تأكيد عنوان بريدك الإلكتروني بفتح الرابط التالي (صالح لمدة 24 ساعة):

    { $link }

    إذا لم تقم بالتسجيل، فيرجى تجاهل هذه الرسالة.
mail-exists-subject = حسابك في يونجان
mail-exists-body =
    حاول شخص ما التسجيل بعنوان البريد الإلكتروني هذا أو التحويل إليه، لكنه مرتبط بالفعل بحساب قائم.

    إذا كنت أنت من قام بذلك ونسيت كلمة المرور، فيمكنك إعادة تعيينها من هنا:

    { $link }
mail-reset-subject = تعيين كلمة مرور جديدة في يونجان
mail-reset-body =
    افتح الرابط التالي لتعيين كلمة مرور جديدة (صالح لمدة ساعة واحدة):

    { $link }

    إذا لم تطلب ذلك، فيرجى تجاهل هذه الرسالة؛ ستبقى كلمة المرور كما هي.
mail-password-changed-subject = تم تغيير كلمة المرور لحسابك في يونجان
mail-password-changed-body = تم تغيير كلمة المرور لحسابك للتو. إذا لم تكن أنت من قام بذلك، فأعد تعيين كلمة المرور فورًا وتواصل مع الجهة المنظمة.
mail-change-email-subject = أكِّد عنوان بريدك الإلكتروني الجديد
mail-change-email-body =
    افتح الرابط التالي لاستخدام هذا العنوان لحسابك في يونجان (صالح لمدة 24 ساعة):

    { $link }
mail-email-notice-subject = جارٍ تغيير عنوان البريد الإلكتروني لحسابك في يونجان
mail-email-notice-body = طلب شخص ما تغيير عنوان البريد الإلكتروني لحسابك إلى { $email }. إذا لم تكن أنت من قدَّم هذا الطلب، فغيِّر كلمة المرور الآن.

# Fairs, halls and booths
nav-fairs = المعارض
breadcrumb = مسار التنقل
fairs-title = المعارض
fairs-none = لم يُعلن عن أي معرض بعد.
fair-create = إنشاء معرض
fair-create-submit = إنشاء المعرض
fair-manage = إدارة المعرض
fair-details = بيانات المعرض ومراحله
fair-halls = القاعات
fair-halls-closed = تُفتح القاعات مع حفل الافتتاح؛ وحتى ذلك الحين يمكنك الاطلاع على المخططات.
fair-no-halls = لا توجد قاعات بعد.
fair-schedule = الجدول الزمني
fair-featured = عارضون مميزون
fair-new-products = منتجات جديدة
search-label = ابحث عن العارضين والمنتجات
search-submit = بحث
search-title = البحث
search-title-for = نتائج البحث عن «{ $q }»
search-found = { $count ->
    [0] لم يُعثر على شيء. جرّب كلمات أقل أو مختلفة.
   *[other] عدد النتائج: { $count }
}
search-exhibitors = العارضون
search-products = المنتجات
fair-slug = الاسم المختصر في العنوان
fair-slug-hint = من 3 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، مثل canton-2027. لا يمكن تغييره لاحقًا.
fair-name-zh = الاسم (بالصينية)
fair-name-en = الاسم (بالإنجليزية)
fair-description-zh = الوصف (بالصينية)
fair-description-en = الوصف (بالإنجليزية)
fair-time-zone = المنطقة الزمنية
fair-time-zone-hint = منطقة زمنية وفق IANA مثل Asia/Shanghai؛ التواريخ أدناه بحسبها.
fair-languages = لغات المعرض
fair-phases = المراحل
fair-registration-opens = بدء التسجيل
fair-opening = حفل الافتتاح
fair-show-days = بداية أيام العرض
fair-trade-week = بداية أسبوع التجارة
fair-service-period = بداية شهر الخدمات
fair-closes = اختتام المعرض
phase-upcoming = قريبًا
phase-pre-show = قبل المعرض
phase-opening = حفل الافتتاح
phase-show-days = أيام العرض
phase-trade-week = أسبوع التجارة
phase-service-period = شهر الخدمات
phase-post-show = مختتم
hall-label = القاعة { $code }
hall-chapters = فصول HS
hall-free = المتاح: { $count }
hall-booths = عدد الأجنحة: { $count }
hall-plan = مخطط القاعة: اختر جناحًا لزيارته
hall-booth-list = جميع الأجنحة في قائمة
hall-add = إضافة قاعة
hall-code = رقم القاعة
hall-name-zh = اسم القاعة (بالصينية)
hall-name-en = اسم القاعة (بالإنجليزية)
hall-chapters-input = فصول HS (مفصولة بفواصل)
hall-rows = صفوف الأجنحة
hall-cols = الأجنحة في كل صف
hall-premium-rows = الصفوف المميزة (في المقدمة)
hall-add-submit = إضافة القاعة وأجنحتها
booth-label = الجناح { $code }
booth-free = متاح
booth-requested = مطلوب
booth-booked = محجوز
booth-premium = مميز
booth-standard = عادي
booth-code = الجناح
booth-kind = النوع
booth-status = الحالة
notice-hall-added = أُضيفت القاعة وأجنحتها.
error-fair-slug = يجب أن يتكون الاسم المختصر من 3 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة.
error-fair-slug-taken = يستخدم معرض آخر هذا الاسم المختصر.
error-fair-name = أدخل اسمي المعرض (120 حرفًا كحد أقصى لكل منهما).
error-time-zone = أدخل منطقة زمنية معروفة وفق IANA مثل Asia/Shanghai.
error-fair-languages = اختر لغة واحدة على الأقل.
error-fair-dates = أدخل تاريخ ووقت كل مرحلة.
error-fair-order = يجب أن تتتابع المراحل زمنيًا.
error-hall-code = رقم القاعة من رقم واحد أو رقمين.
error-hall-code-taken = في هذا المعرض قاعة بهذا الرقم بالفعل.
error-hall-name = أدخل اسمي القاعة (80 حرفًا كحد أقصى لكل منهما).
error-hs-code = "{ $code }" ليس رمز HS صالحًا.
error-hall-chapters = أدخل فصلًا واحدًا على الأقل من فصول HS.
error-hall-grid = عدد الصفوف من 1 إلى 26، والأجنحة في كل صف من 1 إلى 40، والصفوف المميزة من 0 إلى 26.
error-uscc-length = يتكون الرمز الموحد للائتمان الاجتماعي من 18 خانة.
error-uscc-character = يحتوي الرمز الموحد للائتمان الاجتماعي على حرف غير مسموح به.
error-uscc-check = الرمز الموحد للائتمان الاجتماعي غير صالح (خانة التحقق خاطئة).
error-uscc-org-check = رمز المؤسسة داخل الرمز الموحد للائتمان الاجتماعي غير صالح.

# Exhibitor onboarding and review
org-register = تسجيل مؤسستك
org-register-intro = يسجّل العارضون شركاتهم بالرمز الموحد للائتمان الاجتماعي والرخصة التجارية، ويتحقق منها مراجعو الجهة المنظمة.
org-register-submit = تسجيل
org-name-zh = الاسم القانوني (بالصينية)
org-name-en = الاسم القانوني (بالإنجليزية)
org-uscc = الرمز الموحد للائتمان الاجتماعي
org-uscc-hint = الرمز المكون من 18 خانة في الرخصة التجارية، مثل 91350100M000100Y43.
org-contact-name = الشخص المسؤول عن التواصل
org-contact-email = البريد الإلكتروني للتواصل
org-industries = القطاعات (رموز HS)
org-industries-hint = فصول أو رموز HS مفصولة بفواصل، مثل 94، 9403.60.
org-markets = الأسواق المستهدفة
org-markets-hint = رموز الدول من حرفين مفصولة بفواصل، مثل US، DE، AE.
org-languages = اللغات
org-status = الحالة
org-status-draft = مسودة
org-status-submitted = قيد المراجعة
org-status-approved = موثّقة
org-status-rejected = تحتاج إلى تعديل
org-verified = عارض موثّق
org-review-reason = ملاحظة المراجع
org-licence = الرخصة التجارية
org-licence-view = عرض الرخصة
org-licence-none = لم تُرفع أي رخصة بعد.
org-licence-file = ملف الرخصة
org-licence-hint = صورة (JPEG أو PNG أو WebP) أو ملف PDF، بحد أقصى 20 ميغابايت. تُزال بيانات الصورة الوصفية مثل الموقع.
org-licence-upload = رفع
org-submit = إرسال للمراجعة
org-profile = بيانات الشركة
notice-licence-uploaded = رُفعت الرخصة.
notice-org-submitted = أُرسلت. ستصلك نتيجة المراجعة بالبريد الإلكتروني.
notice-org-approved = اعتُمدت المؤسسة.
notice-org-rejected = أُعيدت المؤسسة مع ملاحظتك.
review-title = مراجعة العارضين
review-empty = لا يوجد ما ينتظر المراجعة.
review-reason = ملاحظة إلى العارض
review-reason-hint = مطلوبة عند الرفض: اذكر ما يجب تصحيحه.
review-approve = اعتماد
review-reject = رفض
error-org-name = أدخل الاسمين القانونيين (200 حرف كحد أقصى لكل منهما).
error-org-contact = أدخل اسم الشخص المسؤول عن التواصل.
error-org-industries = أدخل قطاعًا واحدًا على الأقل برمز HS.
error-country-code = "{ $code }" ليس رمز دولة من حرفين.
error-language-tag = "{ $tag }" ليس رمز لغة صالحًا.
error-uscc-taken = توجد مؤسسة مسجلة بهذا الرمز الموحد للائتمان الاجتماعي.
error-org-under-review = لا يمكن تغيير هذا ما دام طلب للمؤسسة بانتظار المراجعة.
error-licence-missing = ارفع الرخصة التجارية أولًا.
error-licence-type = يجب أن تكون الرخصة صورة (JPEG أو PNG أو WebP) أو ملف PDF.
error-licence-image = تعذرت قراءة صورة الرخصة.
error-licence-pdf = تعذر قبول ملف PDF (تالف أو يحتوي على نصوص برمجية).
error-review-reason = اذكر سببًا عند الرفض.
error-org-not-submitted = هذه المؤسسة لا تنتظر المراجعة.
mail-org-submitted-subject = تقدّمت { $org } بطلب العرض في { $fair }
mail-org-submitted-body = تقدّمت مؤسستك { $org } بطلب العرض في { $fair }. سنكتب إليك عندما يبت مراجعو المعرض في الطلب.
mail-org-approved-subject = { $org } عارض موثَّق في { $fair }
mail-org-approved-body = قُبلت مؤسستك { $org } عارضًا في { $fair }. تحمل هناك شارة التوثيق، ويمكن نشر منتجاتها، ويمكن للمنظمين تأكيد أجنحتها.
mail-org-rejected-subject = { $org }: يحتاج طلب المشاركة في { $fair } إلى تعديلات
mail-org-rejected-body =
    أعاد المراجعون { $org } مع هذه الملاحظة:

    { $reason }

    صحّح ذلك في صفحة مؤسستك وأرسلها مجددًا.

# Booth booking
booth-exhibitor = العارض
booth-request-for = اطلب هذا الجناح لـ { $org }
booth-requests = طلبات الأجنحة
booth-requests-none = لا توجد طلبات أجنحة تنتظر قرارًا.
notice-booth-approved = حُجز الجناح.
notice-booth-rejected = رُفض الطلب وأصبح الجناح متاحًا مجددًا.
error-booth-unverified = ارفع الرخصة التجارية قبل طلب الأجنحة.
error-booking-closed = لا يمكن طلب الأجنحة إلا قبل افتتاح المعرض.
error-booth-taken = طلب عارض آخر هذا الجناح للتو.
error-booth-limit = بلغت مؤسستك الحد الأقصى لعدد الأجنحة في هذا المعرض.
error-booth-not-requested = لا يوجد طلب معلّق لهذا الجناح.
mail-booth-approved-subject = الجناح { $booth } أصبح لكم
mail-booth-approved-body = وافقت الجهة المنظمة على طلبكم: حُجز الجناح { $booth } لمؤسستكم.
mail-booth-rejected-subject = لم يُؤكَّد الجناح { $booth }
mail-booth-rejected-body = لم تؤكد الجهة المنظمة طلبكم للجناح { $booth }. يمكنكم طلب جناح آخر متاح.

# Exhibitor staff
staff-title = الموظفون
staff-invite = دعوة زميل
staff-invite-submit = إرسال الدعوة
staff-remove = إزالة
staff-pending = أُرسلت الدعوة
notice-invite-sent = أُرسلت دعوة إلى { $email }.
notice-staff-removed = أُزيل الموظف.
invite-title = دعوة
invite-intro = أنت مدعو للانضمام إلى
invite-as = ستنضم بصفتك
invite-accept = قبول الدعوة
invite-sign-in = سجّل الدخول (أو أنشئ حسابًا) بعنوان البريد المدعو لقبول الدعوة.
error-invite-other-account = هذه الدعوة لعنوان بريد آخر. سجّل الدخول بالعنوان المدعو.
mail-staff-invite-subject = انضم إلى { $org } على يونجان
mail-staff-invite-body =
    أنت مدعو للانضمام إلى فريق العارض { $org }. افتح هذا الرابط (صالح لمدة 7 أيام) واقبل الدعوة بعد تسجيل الدخول بهذا البريد الإلكتروني:

    { $link }

# Visitor profile and privacy
profile-title = ملف الزائر والخصوصية
profile-intro = أخبر العارضين بما تشتريه، واختر ما يمكنهم رؤيته عنك. يمكنك تغيير ذلك في أي وقت.
profile-country = الدولة (حرفان)
profile-country-hint = رمز البلد من حرفين، مثل DE أو BR أو AE.
profile-company = الشركة
profile-job = المسمى الوظيفي
profile-interests = اهتمامات الشراء (رموز HS)
profile-volume = حجم المشتريات السنوي
profile-phone = الهاتف
profile-social = حسابات التواصل الاجتماعي
profile-social-hint = مثل معرّفات WeChat أو WhatsApp أو LinkedIn. تُخزَّن مشفّرة.
profile-consent = ما يمكن للعارضين رؤيته، والعملاء المحتملون
consent-show_name = اسمي
consent-show_company = شركتي ومسماي الوظيفي
consent-show_email = بريدي الإلكتروني
consent-show_phone = رقم هاتفي
consent-show_social = حساباتي على وسائل التواصل
consent-lead_push = يمكن للعارضين المطابقين لاهتماماتي التواصل معي
volume-unset = غير محدد
volume-lt_100k = أقل من 100,000 دولار
volume-100k_1m = من 100,000 إلى مليون دولار
volume-1m_10m = من مليون إلى 10 ملايين دولار
volume-gt_10m = أكثر من 10 ملايين دولار
account-download = تنزيل بياناتي
delete-title = حذف حسابي
delete-intro = يحذف هذا حسابك وملفك وجلساتك وسجل دخولك والمؤسسات التي تملكها وحدك مع ملفاتها، ولا يمكن التراجع عنه. تحتفظ سجلات التدقيق الأمني بمعرّف حسابك المجهول كما يقتضي القانون.
delete-submit = حذف حسابي نهائيًا
error-phone = يتكون رقم الهاتف من 30 رمزًا كحد أقصى: أرقام ومسافات و+ - ( ).
error-admin-delete = يحذف المشغّل حسابات المديرين، ولا يحذفها أصحابها.
visitors-title = الزوار والزوار التجاريون
visitors-verify = توثيق كزائر تجاري
visitors-unverify = سحب
notice-trade-verified = أصبح الزائر زائرًا تجاريًا موثّقًا.
notice-trade-unverified = سُحب توثيق الزائر التجاري.

# Exhibits
exhibits-title = المعروضات
exhibits-none = لا توجد معروضات بعد.
exhibit-new = معروض جديد
exhibit-create = إنشاء المعروض
exhibit-edit = تعديل المعروض
exhibit-details = التفاصيل
exhibit-view = عرض الصفحة
exhibit-draft = مسودة
exhibit-published = منشور
exhibit-publish = نشر
exhibit-source-lang = لغة الكتابة
exhibit-title-zh = العنوان (بالصينية)
exhibit-title-en = العنوان (بالإنجليزية)
exhibit-description-zh = الوصف (بالصينية)
exhibit-description-en = الوصف (بالإنجليزية)
exhibit-points-zh = نقاط البيع (بالصينية)
exhibit-points-en = نقاط البيع (بالإنجليزية)
exhibit-points = نقاط البيع
exhibit-hs = رمز HS
exhibit-model = رقم الطراز
exhibit-price = السعر
exhibit-price-min = السعر من
exhibit-price-max = السعر إلى
exhibit-currency = العملة (رمز ISO)
exhibit-moq = الحد الأدنى لكمية الطلب
exhibit-lead-time = مدة التسليم
exhibit-days = عدد الأيام: { $count }
exhibit-incoterms = مصطلحات التجارة الدولية
exhibit-ports = موانئ الشحن
exhibit-specs = المواصفات
exhibit-specs-hint = واحدة في كل سطر: الاسم: القيمة.
exhibit-images = الصور
exhibit-image-file = صورة (JPEG أو PNG أو WebP أو GIF)
exhibit-untranslated = هذا المعروض غير متاح بلغتك بعد؛ يُعرض بلغته الأصلية.
exhibit-machine = ترجمة آلية لم يراجعها العارض بعد.
notice-exhibit-published = نُشر المعروض.
notice-image-added = أُضيفت الصورة.
error-exhibit-title = أعطِ المعروض عنوانًا باللغة التي كُتب بها.
error-currency = أدخل العملة برمز ISO من ثلاثة أحرف، مثل USD أو CNY.
error-price = "{ $value }" ليس سعرًا.
error-price-order = أدنى سعر أعلى من أعلى سعر.
error-moq = يجب أن يكون الحد الأدنى لكمية الطلب عددًا صحيحًا.
error-lead-time = يجب أن تكون مدة التسليم عددًا من الأيام (3650 كحد أقصى).
error-incoterm = "{ $term }" ليس من مصطلحات التجارة الدولية.
error-spec-line = "{ $line }" بلا اسم وقيمة (اكتب الاسم: القيمة).
error-exhibit-unverified = يمكن نشر المنتجات بعد أن يوثّق معرضٌ المؤسسةَ عارضًا لديه.
error-exhibit-published = المعروض منشور بالفعل.
error-image-type = ارفع صورة (JPEG أو PNG أو WebP أو GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = الوسائط
media-open = فتح
media-purpose = نوع الملف
media-kind-image = صورة
media-kind-video = فيديو
media-kind-model = نموذج ثلاثي الأبعاد
media-kind-panorama = بانوراما 360°
media-kind-document = مستند (PDF)
media-kind-table = جدول (CSV أو XLSX)
media-file = الملف
media-file-hint = الفيديو: MP4 أو WebM حتى 200 ميغابايت. ثلاثي الأبعاد: GLB أو glTF ببيانات مضمّنة. البانوراما: JPEG متساوي المستطيلات بنسبة 2:1 وعرض 2000 بكسل على الأقل.
media-poster = صورة غلاف للفيديو (اختياري)
media-caption = التعليق
media-model-hint = اسحب للتدوير، واقرص أو مرّر للتكبير؛ على الهاتف اضغط زر الواقع المعزز لوضعه في غرفتك.
media-model-open = عرض النموذج ثلاثي الأبعاد
media-panorama-open = افتح عرض 360°
media-documents = المستندات
media-table-download = تنزيل الجدول
notice-media-added = تمت إضافة الملف.
error-media-type = نوع الملف هذا غير مقبول هنا.
error-media-wrong-kind = الملف من نوع { $found } ولا يطابق النوع الذي اخترته.
error-media-too-large = الملف كبير جدًا: الحد الأقصى { $mb } ميغابايت.
error-media-dimensions = أبعاد الصورة بالبكسل كبيرة جدًا.
error-media-video = هذا ليس فيديو MP4 أو WebM قابلًا للتشغيل.
error-media-pdf = لا يمكن قراءة ملف PDF هذا.
error-media-pdf-active = لا تُقبل ملفات PDF التي تحتوي على نصوص برمجية أو مرفقات أو نماذج.
error-media-table = لا يمكن قراءة الجدول أو أنه كبير جدًا.
error-media-model = هذا ليس نموذج glTF 2.0 صالحًا.
error-media-model-external = يشير النموذج إلى ملفات خارجية؛ صدّره كملف GLB واحد.
error-media-panorama = يجب أن تكون البانوراما صورة JPEG متساوية المستطيلات، عرضها ضعف ارتفاعها، وعرضها 2000 بكسل على الأقل.
error-media-unreadable = لا يمكن قراءة الملف.
error-media-poster = يجب أن تكون صورة الغلاف بتنسيق JPEG أو PNG أو WebP.
fair-exhibit-review = مراجعة المعروضات قبل نشرها (وإلا ينشر العارضون الموثَّقون فورًا)
error-exhibit-pending = هذا المعروض بانتظار المراجعة بالفعل.
error-exhibit-not-pending = هذا المعروض ليس بانتظار المراجعة.
mail-exhibit-approved-subject = معروضك منشور الآن
mail-exhibit-approved-body = تمت الموافقة على «{ $title }» وأصبح مرئيًا للزوار.
mail-exhibit-rejected-subject = معروضك يحتاج إلى تعديلات
mail-exhibit-rejected-body = لم تتم الموافقة على «{ $title }»: { $reason }. عدّله ثم انشره مرة أخرى.
notice-exhibit-submitted = أُرسل المعروض للمراجعة وسيُنشر بعد الموافقة عليه.
exhibit-pending = بانتظار المراجعة
exhibit-rejected = لم تتم الموافقة
exhibit-review-title = معروضات بانتظار المراجعة
notice-exhibit-approved = تمت الموافقة على المعروض ونشره.
notice-exhibit-rejected = أُعيد المعروض إلى العارض مع ملاحظتك.
hidden-title = غير متاح لك
hidden-trade-only = يعرض العارض هذا المحتوى للزوار التجاريين الموثَّقين فقط.
hidden-country = لا يعرض العارض هذا المحتوى في بلدك، أو أن ملفك الشخصي لا يذكر بلدك.
hidden-profile-link = أكمل ملفي الشخصي
favourites-title = مفضلاتي
favourites-exhibitors = العارضون
favourites-products = المنتجات
favourites-none = لم تحفظ شيئًا بعد.
favourite-save = حفظ
favourite-saved = محفوظ
exhibitor-contact = راسل العارض
exhibitor-no-products = لا توجد منتجات معروضة بعد.
exhibitor-documents = الكتالوجات والشهادات
exhibitor-public-page = عرض صفحتي العامة كعارض
visibility-title = من يمكنه رؤية هذا المنتج
visibility-booth-title = من يمكنه رؤية جناحي
visibility-countries = الزوار من هذه البلدان فقط
visibility-countries-hint = رموز بلدان من حرفين مفصولة بفواصل، مثل DE, FR, BR. اتركه فارغًا للجميع.
visibility-trade-only = الزوار التجاريون الموثَّقون فقط
error-country = «{ $code }» ليس رمز بلد من حرفين.

# Catalogue import and export
catalogue-title = استيراد الكتالوج وتصديره
catalogue-hint = املأ القالب، منتج واحد في كل صف، حتى 10,000 صف. لا يُحفظ شيء ما لم تكن كل الصفوف صحيحة؛ وتُستورد المنتجات كمسودات. الصفوف التي تحمل معرّفًا تحدّث ذلك المنتج.
catalogue-template = تنزيل قالب XLSX
catalogue-import-file = ملف الكتالوج (XLSX أو CSV)
catalogue-import = استيراد
catalogue-export = تصدير الكتالوج
catalogue-errors = الخلايا المطلوب تصحيحها
catalogue-row = الصف
catalogue-column = العمود
catalogue-reason = المشكلة
catalogue-more = …و{ $count } مشكلات أخرى.
notice-imported = تم استيراد { $count } منتجًا كمسودات.
error-import-type = اختر ملف XLSX أو CSV.
error-import-empty = لا يحتوي الملف على صفوف منتجات.
error-import-header = يجب أن يكون الصف الأول رأس القالب؛ العمود { $column } مفقود.
error-import-too-many = الحد الأقصى { $max } منتج لكل ملف.
error-import-cells = لم يُستورد شيء: صحّح هذه الخلايا ثم ارفع الملف مجددًا.
error-import-duplicate-id = استُخدم هذا المعرّف بالفعل في الصف { $row }.
error-import-unknown-id = لا يوجد لديك منتج بهذا المعرّف؛ اترك المعرّف فارغًا لإضافة منتج جديد.
catalogue-help = 
    id: اتركه فارغًا لمنتج جديد؛ أبقِه لتحديث منتج مُصدَّر
    source_lang: لغة الكتابة: zh-CN أو en
    title_zh, title_en: اسم المنتج (مطلوب بلغة المصدر)
    description_zh, description_en: الوصف
    points_zh, points_en: نقاط البيع
    hs_code: رمز HS من 6 أرقام على الأقل، مثل 9401.61
    model_number: رقم الطراز
    price_min, price_max: نطاق السعر، مثل 25 أو 32.50
    currency: رمز ISO 4217، مثل USD
    moq: الحد الأدنى للطلب
    lead_time_days: مدة التسليم بالأيام
    incoterms: مثل FOB, CIF
    ports: موانئ الشحن مفصولة بفواصل
    specs: مواصفة واحدة في كل سطر، الاسم: القيمة

# Machine translation
exhibit-title = العنوان
exhibit-description = الوصف
text-machine-draft = مسودة آلية
translate-button = ترجمة اللغات الناقصة
translate-hint = يملؤها بمسودات آلية يمكنك تعديلها أدناه.
notice-translated = تم ملء { $count } لغات بمسودات آلية؛ راجعها أدناه.
error-translate-unavailable = خدمة الترجمة غير متاحة. حاول لاحقًا.
error-admin-target = يمكن لمسؤول الأمن وحده قفل حساب مسؤول أو فتحه أو تعطيله أو تفعيله.
error-grant-admin-server = لا تُمنح أدوار المسؤولين الثلاثة ولا تُسحب إلا على الخادم (yunzhan admin grant|revoke).
roles-administrators = المسؤولون
roles-administrators-intro = أنت وحدك من يقفل حسابات المسؤولين الثلاثة أو يفتحها أو يعطّلها أو يفعّلها. تُمنح أدوارهم وتُسحب على الخادم بالأمر yunzhan admin grant|revoke.
roles-on-server = يُمنح على الخادم
accounts-admin-note = حساب مسؤول: يديره مسؤول الأمن
error-review-own-org = لا يمكنك مراجعة طلب مؤسستك أو منتجاتها.
error-booth-org-unreviewed = هذه المؤسسة ليست بعد عارضًا موثقًا في المعرض: يبت مراجعو المعرض في طلبها أولًا.
error-revision-changed = غيّر العارض هذا المنتج في الأثناء؛ راجع النسخة الجديدة.
error-quota-invitations = يمكن أن تكون { $max } دعوة مفتوحة على الأكثر في وقت واحد.
error-quota-exhibits = يمكن أن يكون للمؤسسة { $max } منتج على الأكثر.
error-quota-media = يمكن أن يكون للمنتج { $max } ملف وسائط على الأكثر.
error-quota-storage = مساحة تخزين الوسائط لمؤسستك ممتلئة ({ $max } غيغابايت).
error-quota-orgs = يمكن للحساب الواحد تسجيل { $max } مؤسسة على الأكثر.
exhibit-edit-pending = تعديلات بانتظار المراجعة
review-waiting = بانتظار المراجعة
review-approved = مقبول
review-rejected = مرفوض
exhibit-reviews = المراجعة في كل معرض
exhibit-reviews-live = النسخة المعروضة
exhibit-reviews-edit = آخر التعديلات
exhibit-revision-pending = تعديلاتك (النسخة { $number }) بانتظار المراجعة؛ ويرى الزوار النسخة المقبولة حتى ذلك الحين.
exhibit-revision-rejected = رُفضت تعديلاتك (النسخة { $number }): اطّلع على الأسباب أدناه، وعدّل المنتج واحفظه لإرساله من جديد.
fair = المعرض
review-edit = تعديلات على منتج معروض
review-after = بعد
review-before = قبل
review-changes = ما الذي تغيّر
review-field = الحقل
review-new = منتج جديد
review-new-media = ملفات الوسائط الجديدة في هذه النسخة: { $count }
review-revision = النسخة { $number }
exhibit-preview = معاينة: لا يرى الزوار هذه النسخة بعد.
fair-register = التسجيل في هذا المعرض
fair-register-hint = التسجيل مجاني. يتيح للمنظمين توثيقك كمشترٍ تجاري، ما يفتح لك المنتجات المخصصة للزوار التجاريين.
fair-register-sign-in = سجّل الدخول للتسجيل في هذا المعرض
fair-registered = أنت مسجَّل في هذا المعرض.
fair-registered-trade = أنت مسجَّل في هذا المعرض كزائر تجاري موثَّق.
booth-org-review-first = لم تُوثَّق بعد: يبت مراجعو المعرض في الطلب أولًا.
org-applications = طلبات المشاركة في المعارض
org-applications-hint = طلب جناح هو طلب للعرض في ذلك المعرض؛ ويوثّق مراجعو كل معرض مؤسستك.
org-applications-licence-first = ارفع الرخصة التجارية قبل طلب جناح.
org-frozen = لا يمكن تغيير الملف ما دام هناك طلب بانتظار المراجعة.
application-applied = بانتظار المراجعة
application-approved = عارض موثَّق
application-rejected = مرفوض
notice-exhibit-revision = تم الحفظ. تُنشر التعديلات بعد موافقة مراجعي المعرض؛ ويرى الزوار النسخة المقبولة حتى ذلك الحين.

meta-description = معرض يونزان التجاري عبر الإنترنت: عارضون ومنتجات وأجنحة ثلاثية الأبعاد و360°، ولقاءات مع مشترين من كل البلدان.
