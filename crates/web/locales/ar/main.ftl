# يونجان — العربية (جزئية؛ ما ينقص يُعرض بالإنجليزية). Present so the
# right-to-left layout is exercised; completed by a later issue.

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
footer-tagline = يونجان — منصة المعارض التجارية الإلكترونية المستضافة ذاتيًا.
footer-api = واجهة البرمجة (OpenAPI)
search = بحث
save = حفظ
form-has-errors = يرجى تصحيح ما يلي:
home-title = المعارض التجارية عبر الإنترنت
home-lead = قاعات وأجنحة رقمية، ومعروضات بالصور والفيديو والأبعاد الثلاثية والبانوراما، وتوفيق بين المشترين والموردين، ومفاوضات وبث مباشر — على منصة تديرها بنفسك.
home-cta-register = أنشئ حسابًا
home-cta-login = تسجيل الدخول
home-features = ما يمكنك فعله هنا
home-trust = بياناتك ملك لك
field-email = البريد الإلكتروني
field-display-name = الاسم
field-password = كلمة المرور
field-password-confirm = أعد إدخال كلمة المرور
login-title = تسجيل الدخول
login-submit = دخول
login-forgot = نسيت كلمة المرور؟
register-title = إنشاء حساب
register-submit = تسجيل
error-back-home = العودة إلى الصفحة الرئيسية
error-title-not-found = الصفحة غير موجودة
error-not-found = لم نعثر على ما تبحث عنه.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
