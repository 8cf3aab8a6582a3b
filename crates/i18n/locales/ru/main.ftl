# Yunzhan — Russian (русский). Keep the same keys as en/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = Перейти к содержимому
nav-main = Основная навигация
nav-home = Главная
nav-account = Личный кабинет
nav-admin = Администрирование
nav-login = Войти
nav-logout = Выйти
nav-register = Регистрация
language = Язык
language-apply = Применить
footer-tagline = Yunzhan — платформа онлайн-выставок, которую вы размещаете на собственных серверах.
footer-api = API (OpenAPI)
footer-demo-mail = Демо-почта
search = Поиск
save = Сохранить
form-has-errors = Исправьте, пожалуйста, следующее:

home-title = Онлайн-выставки
home-lead = Цифровые павильоны и стенды, экспонаты в фото, видео, 3D и 360°, подбор партнёров, переговоры и прямые трансляции — на платформе, которой вы управляете сами.
home-cta-register = Создать учётную запись
home-cta-login = Войти
home-features = Возможности платформы
feature-halls = Цифровые павильоны и стенды
feature-halls-text = Обходите выставку по отраслям, посещайте стенды и изучайте товары в фото, видео, 3D, AR и панорамах 360°.
feature-search = Поиск
feature-search-text = Ищите экспонентов, покупателей и товары по ключевому слову, коду HS, компании или категории.
feature-match = Подбор партнёров и запросы предложений
feature-match-text = Объяснимые рекомендации помогают покупателям и поставщикам найти друг друга; размещайте запросы предложений (RFQ) и получайте коммерческие предложения.
feature-meet = Чат и видеовстречи
feature-meet-text = Ведите переговоры один на один или в группе, при необходимости — с переводчиками.
feature-live = Прямые трансляции и форумы
feature-live-text = Прямые трансляции из шоурумов и с производственных линий в торговую неделю, тематические форумы и церемония открытия.
feature-data = Панель данных и отчёты
feature-data-text = Показатели в реальном времени для организаторов, экспонентов и госорганов с выгрузкой в открытых форматах.
home-trust = Ваши данные остаются вашими
home-trust-text = Размещение на собственных серверах, шифрование при передаче, разделённые роли администраторов и защищённый от подделки журнал аудита.

field-email = Адрес электронной почты
field-display-name = Имя
field-password = Пароль
field-password-confirm = Повторите пароль
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-new-email = Новый адрес электронной почты
field-totp-code = 6-значный код
password-hint = Не менее 12 символов. Распространённые пароли не принимаются.

register-title = Создать учётную запись
register-submit = Зарегистрироваться
register-have-account = Уже есть учётная запись?
register-profile = О вас (необязательно)
register-profile-hint = Экспоненты и подбор партнёров используют это, чтобы знать, что вы закупаете. Отметьте, что экспоненты могут видеть о вас; это можно изменить позже в профиле.
register-done-title = Проверьте почту
register-done-text = Если адрес { $email } можно зарегистрировать, мы отправили на него ссылку для подтверждения. Перейдите по ней, чтобы активировать учётную запись.
confirm-done-title = Адрес электронной почты подтверждён
confirm-done-text = Ваш адрес электронной почты подтверждён. Теперь вы можете войти.
confirm-failed-title = Ссылка недействительна
email-changed-text = Ваш адрес электронной почты изменён.

login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?

forgot-title = Восстановление пароля
forgot-intro = Введите адрес электронной почты, и мы отправим ссылку для установки нового пароля.
forgot-submit = Отправить ссылку
forgot-done-title = Проверьте почту
forgot-done-text = Если этот адрес привязан к учётной записи, ссылка для установки нового пароля уже отправлена. Она действует один час.

reset-title = Новый пароль
reset-submit = Сохранить новый пароль
reset-done-title = Пароль изменён
reset-done-text = Новый пароль сохранён, все сеансы завершены. Войдите с новым паролем.

totp-title = Двухэтапная проверка
totp-intro = Введите 6-значный код из приложения-аутентификатора.
totp-submit = Подтвердить
enrol-title = Настройка двухэтапной проверки
enrol-intro = Администраторы входят с паролем и кодом из приложения-аутентификатора. Отсканируйте этот QR-код в приложении, затем введите показанный код.
enrol-qr-label = QR-код для приложения-аутентификатора
enrol-manual = Не удаётся отсканировать? Введите этот ключ вручную:
enrol-submit = Подтвердить

account-title = Личный кабинет
account-roles = Роли
account-orgs = Мои организации
account-fairs = Выставки, над которыми я работаю
account-change-password = Сменить пароль
account-change-email = Сменить адрес электронной почты
account-sessions = Сеансы и устройства
account-logins = История входов
password-title = Смена пароля
password-forced = Прежде чем продолжить, задайте новый пароль.
password-submit = Сменить пароль
email-title = Смена адреса электронной почты
email-intro = Мы отправим ссылку для подтверждения на новый адрес. Изменение вступит в силу, когда вы перейдёте по ней.
email-submit = Отправить ссылку для подтверждения
reauth-title = Подтвердите, что это вы
reauth-intro = В целях безопасности введите пароль ещё раз, чтобы продолжить.
reauth-submit = Продолжить
sessions-title = Сеансы и устройства
sessions-device = Устройство
sessions-ip = IP-адрес
sessions-started = Начало
sessions-last-seen = Последняя активность
sessions-actions = Действия
sessions-this = это устройство
sessions-end = Завершить сеанс
sessions-end-others = Завершить все остальные сеансы
logins-title = История входов
logins-time = Время
logins-result = Результат
login-result-success = Вход выполнен
login-result-password-ok = Пароль принят
login-result-bad-password = Неверный пароль
login-result-bad-totp = Неверный код
login-result-bad-reauth = Неверный пароль (подтверждение)
login-result-locked = Отказ: учётная запись заблокирована
login-result-unknown-account = Неизвестная учётная запись
notice-password-changed = Пароль изменён. Остальные ваши сеансы завершены.
notice-email-sent = Ссылка для подтверждения отправлена на новый адрес.
notice-session-ended = Сеанс завершён.
notice-sessions-ended = Все остальные сеансы завершены.
notice-saved = Сохранено.

admin-title = Администрирование
admin-you-are = Ваша роль: { $role }.
admin-not-admin = У вас нет роли администратора.
admin-nothing = Для вашей роли здесь ничего нет.
role-system-admin = Системный администратор
role-security-admin = Администратор безопасности
role-audit-admin = Администратор аудита
role-organizer = Организатор
role-organizer-admin = Администратор организатора
role-reviewer = Проверяющий
role-host = Ведущий
role-support-agent = Специалист поддержки
role-legal-advisor = Юрисконсульт
role-interpreter = Переводчик
role-exhibitor-owner = Экспонент (владелец)
role-exhibitor-staff = Экспонент (сотрудник)
role-visitor = Посетитель
role-trade-visitor = Профессиональный посетитель
scope-platform = Платформа
scope-fair = Выставка
scope-organisation = Организация

accounts-title = Учётные записи
accounts-search = Поиск по адресу электронной почты или имени
accounts-status = Статус
accounts-last-login = Последний вход
accounts-lock = Заблокировать
accounts-unlock = Разблокировать
accounts-disable = Отключить
accounts-enable = Включить
accounts-create = Создать учётную запись
accounts-create-intro = Учётная запись получает одноразовый пароль, который показывается один раз и должен быть изменён при первом входе.
accounts-create-submit = Создать
accounts-created = Учётная запись { $email } создана. Одноразовый пароль: { $password }
accounts-updated = Учётная запись { $email } обновлена.
status-active = Активна
status-disabled = Отключена
status-locked = Заблокирована
status-unconfirmed = Адрес не подтверждён

settings-title = Настройки сайта
settings-site-name-zh = Название сайта (китайский)
settings-site-name-en = Название сайта (английский)
settings-registration-open = Регистрация открыта
settings-default-lang = Язык по умолчанию

roles-title = Роли и права доступа
roles-role = Роль
roles-scope = Область действия
roles-scope-id = ID области (выставка или организация)
roles-grant = Назначить роль
roles-grant-submit = Назначить
roles-revoke = Отозвать
roles-granted = Роль назначена пользователю { $email }. Сеансы этого пользователя завершены.
roles-revoked = Роль пользователя { $email } отозвана. Сеансы этого пользователя завершены.

policy-title = Политика безопасности
policy-lockout-threshold = Число неудачных попыток входа до блокировки учётной записи (3–20)
policy-lockout-minutes = Длительность блокировки (в минутах)
policy-admin-idle = Тайм-аут бездействия администратора (в минутах, 5–30)
policy-admin-absolute = Предельная длительность сеанса администратора (в часах, 1–12)
policy-user-idle = Тайм-аут бездействия пользователя (в днях)
policy-user-absolute = Предельная длительность сеанса пользователя (в днях)
policy-inactive = Отключать учётные записи, не используемые указанное число дней (0 — никогда)
policy-reauth = Срок действия повторной проверки подлинности (в минутах)

audit-title = Журнал аудита
audit-from = С (дата)
audit-to = По (дата)
audit-actor = Инициатор (адрес почты или ID)
audit-action = Действие
audit-outcome = Результат
audit-any = Любой
audit-success = Успех
audit-failure = Неудача
audit-role = Роль
audit-target = Объект
audit-detail = Подробности
audit-export = Экспорт в CSV
audit-verify = Проверить цепочку
audit-older = Более ранние записи
audit-verify-ok = Цепочка журнала аудита не нарушена: { $count ->
        [one] проверена { $count } запись.
        [few] проверены { $count } записи.
        [many] проверено { $count } записей.
       *[other] проверено записей: { $count }.
    }
audit-verify-broken = Цепочка журнала аудита нарушена: { $problem }

devmail-title = Демо-почта
devmail-intro = В демо-режиме письма не отправляются, а сохраняются здесь.
devmail-empty = Писем пока нет.
devmail-to = Кому:

error-back-home = Вернуться на главную
error-title-bad-request = Ошибка в запросе
error-title-unauthorized = Войдите в систему
error-title-forbidden = Доступ запрещён
error-title-not-found = Страница не найдена
error-title-conflict = Конфликт
error-title-too-large = Слишком большой объём
error-title-rate-limited = Слишком много попыток
error-title-unavailable = Временно недоступно
error-title-internal = Что-то пошло не так
error-bad-request = Не удалось обработать запрос. Проверьте введённые данные.
error-method = Это действие здесь недоступно.
error-unauthorized = Войдите, чтобы продолжить.
error-forbidden = У вас нет прав на это действие.
error-not-found = Не удалось найти то, что вы ищете.
error-conflict = Такая запись уже существует.
error-rate-limited = Слишком много попыток. Повторите попытку через { $seconds ->
        [one] { $seconds } секунду.
        [few] { $seconds } секунды.
        [many] { $seconds } секунд.
       *[other] { $seconds } сек.
    }
error-csrf = Срок действия формы истёк, или она была отправлена с другого сайта. Обновите страницу и повторите попытку.
error-admin-tls = Администрирование доступно только через защищённое соединение (HTTPS).
error-too-large = Отправленные данные слишком велики.
error-internal = Произошла непредвиденная ошибка. Она зарегистрирована; повторите попытку.
error-unavailable = Сервис временно недоступен. Повторите попытку чуть позже.
error-login-failed = Неверный адрес электронной почты или пароль.
error-account-locked = Учётная запись заблокирована администратором. Обратитесь в службу поддержки платформы.
error-account-disabled = Эта учётная запись отключена. Обратитесь к организатору.
error-email-unconfirmed = Сначала подтвердите адрес электронной почты: перейдите по ссылке из нашего письма.
error-totp-invalid = Неверный код. Проверьте приложение-аутентификатор и повторите попытку.
error-email-invalid = Введите действительный адрес электронной почты.
error-email-same = Это уже ваш адрес электронной почты.
error-email-taken = Этот адрес электронной почты уже используется другой учётной записью.
error-display-name = Введите имя длиной от 1 до 100 символов.
error-password-short = Пароль должен содержать не менее 12 символов.
error-password-long = Пароль слишком длинный (не более 256 символов).
error-password-common = Этот пароль слишком распространён. Выберите менее предсказуемый.
error-password-email = Пароль не должен содержать ваш адрес электронной почты.
error-password-mismatch = Пароли не совпадают.
error-password-same = Новый пароль должен отличаться от текущего.
error-password-wrong = Неверный пароль.
error-registration-closed = Регистрация сейчас закрыта.
error-link-invalid = Ссылка недействительна, уже использована или срок её действия истёк.
error-self-action = Это действие нельзя выполнить со своей учётной записью.
error-site-name = Название сайта должно содержать от 1 до 60 символов.
error-language = Выберите один из предложенных языков.
error-policy-range = Значение поля «{ $field }» вне допустимого диапазона.
error-no-such-account = Нет учётной записи с этим адресом электронной почты.
error-grant-self = Администраторы не могут изменять собственные роли.
error-grant-second-admin = У учётной записи может быть только одна из трёх ролей администратора.
error-grant-admin-mixed = У учётных записей администраторов не может быть других ролей.
error-grant-scope = Эту роль нельзя назначить в данной области действия.
error-grant-held = У учётной записи уже есть эта роль.
error-grant-not-held = У учётной записи нет этой роли.

mail-confirm-subject = Подтвердите адрес электронной почты для Yunzhan
mail-confirm-body =
    Здравствуйте, { $name }!

    Подтвердите, пожалуйста, свой адрес электронной почты, открыв эту ссылку (действует 24 часа):

    { $link }

    Если вы не регистрировались, просто проигнорируйте это письмо.
mail-exists-subject = Ваша учётная запись Yunzhan
mail-exists-body =
    Кто-то попытался зарегистрироваться с этим адресом электронной почты или перейти на него, но адрес уже принадлежит учётной записи.

    Если это были вы и вы забыли пароль, сбросьте его здесь:

    { $link }
mail-reset-subject = Новый пароль для Yunzhan
mail-reset-body =
    Откройте эту ссылку, чтобы задать новый пароль (действует один час):

    { $link }

    Если вы этого не запрашивали, проигнорируйте это письмо — ваш пароль останется прежним.
mail-password-changed-subject = Ваш пароль Yunzhan изменён
mail-password-changed-body = Ваш пароль только что был изменён. Если это были не вы, немедленно сбросьте пароль и свяжитесь с организатором.
mail-change-email-subject = Подтвердите новый адрес электронной почты
mail-change-email-body =
    Откройте эту ссылку, чтобы использовать этот адрес для своей учётной записи Yunzhan (действует 24 часа):

    { $link }
mail-email-notice-subject = Адрес электронной почты вашей учётной записи Yunzhan меняется
mail-email-notice-body = Поступил запрос на смену адреса электронной почты вашей учётной записи на { $email }. Если это были не вы, немедленно смените пароль.

# Fairs, halls and booths
nav-fairs = Выставки
breadcrumb = Навигационная цепочка
fairs-title = Выставки
fairs-none = Пока не объявлено ни одной выставки.
fair-create = Создать выставку
fair-create-submit = Создать выставку
fair-manage = Управление выставкой
fair-details = Сведения о выставке и этапы
fair-halls = Павильоны
fair-halls-closed = Павильоны откроются вместе с церемонией открытия; до тех пор доступны их планы.
fair-no-halls = Павильонов пока нет.
fair-schedule = Расписание
fair-featured = Избранные экспоненты
fair-new-products = Новинки
search-label = Поиск экспонентов и товаров
search-submit = Найти
search-title = Поиск
search-title-for = Результаты по запросу «{ $q }»
search-found = { $count ->
    [0] Ничего не найдено. Попробуйте меньше слов или другие слова.
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] Результатов: { $count }
}
search-exhibitors = Экспоненты
search-products = Товары
fair-slug = Короткое имя в адресе
fair-slug-hint = От 3 до 40 строчных латинских букв, цифр и дефисов, например canton-2027. Позже его изменить нельзя.
fair-name-zh = Название (китайский)
fair-name-en = Название (английский)
fair-description-zh = Описание (китайский)
fair-description-en = Описание (английский)
fair-time-zone = Часовой пояс
fair-time-zone-hint = Часовой пояс IANA, например Asia/Shanghai; даты ниже указываются в нём.
fair-languages = Языки выставки
fair-phases = Этапы
fair-registration-opens = Открытие регистрации
fair-opening = Церемония открытия
fair-show-days = Начало дней выставки
fair-trade-week = Начало торговой недели
fair-service-period = Начало сервисного месяца
fair-closes = Закрытие выставки
phase-upcoming = Предстоящая
phase-pre-show = До выставки
phase-opening = Церемония открытия
phase-show-days = Дни выставки
phase-trade-week = Торговая неделя
phase-service-period = Сервисный месяц
phase-post-show = Завершена
hall-label = Павильон { $code }
hall-chapters = Группы HS
hall-free = { $count ->
    [one] { $count } свободный
    [few] { $count } свободных
    [many] { $count } свободных
   *[other] свободно: { $count }
    }
hall-booths = { $count ->
    [one] { $count } стенд
    [few] { $count } стенда
    [many] { $count } стендов
   *[other] Стендов: { $count }
    }
hall-plan = План павильона: выберите стенд, чтобы перейти к нему
hall-booth-list = Все стенды списком
hall-add = Добавить павильон
hall-code = Номер павильона
hall-name-zh = Название павильона (китайский)
hall-name-en = Название павильона (английский)
hall-chapters-input = Группы HS (через запятую)
hall-rows = Число рядов стендов
hall-cols = Стендов в ряду
hall-premium-rows = Число премиум-рядов (спереди)
hall-add-submit = Добавить павильон и стенды
booth-label = Стенд { $code }
booth-free = Свободен
booth-requested = Запрошен
booth-booked = Забронирован
booth-premium = Премиум
booth-standard = Стандартный
booth-code = Стенд
booth-kind = Тип
booth-status = Статус
notice-hall-added = Павильон и его стенды добавлены.
error-fair-slug = Короткое имя должно содержать от 3 до 40 строчных латинских букв, цифр и дефисов.
error-fair-slug-taken = Это короткое имя уже используется другой выставкой.
error-fair-name = Введите названия выставки (не более 120 символов каждое).
error-time-zone = Введите существующий часовой пояс IANA, например Asia/Shanghai.
error-fair-languages = Выберите хотя бы один язык.
error-fair-dates = Укажите дату и время каждого этапа.
error-fair-order = Этапы должны следовать друг за другом по времени.
error-hall-code = Номер павильона состоит из одной или двух цифр.
error-hall-code-taken = На этой выставке уже есть павильон с таким номером.
error-hall-name = Введите названия павильона (не более 80 символов каждое).
error-hs-code = «{ $code }» не является кодом HS.
error-hall-chapters = Укажите хотя бы одну группу HS.
error-hall-grid = Рядов — от 1 до 26, стендов в ряду — от 1 до 40, премиум-рядов — от 0 до 26.
error-uscc-length = Единый код социального кредита состоит из 18 символов.
error-uscc-character = Единый код социального кредита содержит недопустимый символ.
error-uscc-check = Единый код социального кредита недействителен (неверный контрольный символ).
error-uscc-org-check = Код организации в составе единого кода социального кредита недействителен.

# Exhibitor onboarding and review
org-register = Зарегистрируйте свою организацию
org-register-intro = Экспоненты регистрируют компанию по единому коду социального кредита и бизнес-лицензии; проверяющие организатора подтверждают эти данные.
org-register-submit = Зарегистрировать
org-name-zh = Юридическое название (китайский)
org-name-en = Юридическое название (английский)
org-uscc = Единый код социального кредита
org-uscc-hint = 18-значный код из бизнес-лицензии, например 91350100M000100Y43.
org-contact-name = Контактное лицо
org-contact-email = Контактный адрес электронной почты
org-industries = Отрасли (коды HS)
org-industries-hint = Группы или коды HS через запятую, например 94, 9403.60.
org-markets = Целевые рынки
org-markets-hint = Двухбуквенные коды стран через запятую, например US, DE, AE.
org-languages = Языки
org-status = Статус
org-status-draft = Черновик
org-status-submitted = На проверке
org-status-approved = Подтверждена
org-status-rejected = Требуются исправления
org-verified = Подтверждённый экспонент
org-review-reason = Комментарий проверяющего
org-licence = Бизнес-лицензия
org-licence-view = Открыть лицензию
org-licence-none = Лицензия ещё не загружена.
org-licence-file = Файл лицензии
org-licence-hint = Изображение (JPEG, PNG, WebP) или PDF, не более 20 МБ. Метаданные изображения, например геолокация, удаляются.
org-licence-upload = Загрузить
org-submit = Отправить на проверку
org-profile = Профиль компании
notice-licence-uploaded = Лицензия загружена.
notice-org-submitted = Отправлено. О решении проверяющих вам сообщат по электронной почте.
notice-org-approved = Организация одобрена.
notice-org-rejected = Организация возвращена с вашим комментарием.
review-title = Проверка экспонентов
review-empty = Нет заявок, ожидающих проверки.
review-reason = Комментарий для экспонента
review-reason-hint = Обязательно при отклонении: укажите, что нужно исправить.
review-approve = Одобрить
review-reject = Отклонить
error-org-name = Введите оба юридических названия (не более 200 символов каждое).
error-org-contact = Укажите контактное лицо.
error-org-industries = Укажите хотя бы одну отрасль в виде кода HS.
error-country-code = «{ $code }» не является двухбуквенным кодом страны.
error-language-tag = «{ $tag }» не является языковым тегом.
error-uscc-taken = Организация с этим единым кодом социального кредита уже зарегистрирована.
error-org-under-review = Это нельзя изменить, пока заявка организации ждёт проверки.
error-licence-missing = Сначала загрузите бизнес-лицензию.
error-licence-type = Лицензия должна быть изображением (JPEG, PNG, WebP) или файлом PDF.
error-licence-image = Не удалось прочитать изображение лицензии.
error-licence-pdf = Этот PDF не может быть принят (файл повреждён или содержит скрипты).
error-review-reason = Укажите причину отклонения.
error-org-not-submitted = Эта организация не ожидает проверки.
mail-org-submitted-subject = { $org } подала заявку на участие в { $fair }
mail-org-submitted-body = Ваша организация { $org } подала заявку на участие в { $fair }. Мы напишем, когда проверяющие выставки примут решение.
mail-org-approved-subject = { $org } — проверенный экспонент { $fair }
mail-org-approved-body = Ваша организация { $org } одобрена как экспонент { $fair }. Там у неё значок проверенной, её товары могут быть опубликованы, а организаторы могут подтвердить её стенды.
mail-org-rejected-subject = { $org }: заявку на { $fair } нужно изменить
mail-org-rejected-body =
    Проверяющие вернули заявку организации { $org } со следующим комментарием:

    { $reason }

    Внесите исправления на странице организации и отправьте заявку повторно.

# Booth booking
booth-exhibitor = Экспонент
booth-request-for = Запросить этот стенд для { $org }
booth-requests = Заявки на стенды
booth-requests-none = Нет заявок на стенды, ожидающих решения.
notice-booth-approved = Стенд забронирован.
notice-booth-rejected = Заявка отклонена; стенд снова свободен.
error-booth-unverified = Загрузите свидетельство о регистрации до запроса стендов.
error-booking-closed = Стенды можно запрашивать только до открытия выставки.
error-booth-taken = Этот стенд только что запросил другой экспонент.
error-booth-limit = Ваша организация уже занимает максимально допустимое число стендов на этой выставке.
error-booth-not-requested = На этот стенд нет ожидающих заявок.
mail-booth-approved-subject = Стенд { $booth } закреплён за вами
mail-booth-approved-body = Организатор одобрил вашу заявку: стенд { $booth } забронирован для вашей организации.
mail-booth-rejected-subject = Стенд { $booth } не подтверждён
mail-booth-rejected-body = Организатор не подтвердил вашу заявку на стенд { $booth }. Вы можете запросить другой свободный стенд.

# Exhibitor staff
staff-title = Сотрудники
staff-invite = Пригласить коллегу
staff-invite-submit = Отправить приглашение
staff-remove = Удалить
staff-pending = Приглашение отправлено
notice-invite-sent = Приглашение отправлено на адрес { $email }.
notice-staff-removed = Сотрудник удалён.
invite-title = Приглашение
invite-intro = Вас приглашают в команду организации
invite-as = Вы присоединитесь с учётной записью
invite-accept = Принять приглашение
invite-sign-in = Чтобы принять приглашение, войдите (или зарегистрируйтесь) с адресом электронной почты, на который оно отправлено.
error-invite-other-account = Это приглашение предназначено для другого адреса электронной почты. Войдите с адресом, на который оно отправлено.
mail-staff-invite-subject = Приглашение в команду { $org } на Yunzhan
mail-staff-invite-body =
    Вас приглашают в команду экспонента { $org }. Откройте эту ссылку (действует 7 дней) и примите приглашение, войдя с этим адресом электронной почты:

    { $link }

# Visitor profile and privacy
profile-title = Профиль посетителя и конфиденциальность
profile-intro = Расскажите экспонентам, что вы закупаете, и выберите, какие сведения о вас им видны. Это можно изменить в любое время.
profile-country = Страна (две буквы)
profile-country-hint = Двухбуквенный код страны, например DE, BR или AE.
profile-company = Компания
profile-job = Должность
profile-interests = Закупочные интересы (коды HS)
profile-volume = Годовой объём закупок
profile-phone = Телефон
profile-social = Мессенджеры и соцсети
profile-social-hint = Например, ID в WeChat, WhatsApp или LinkedIn. Хранятся в зашифрованном виде.
profile-consent = Что видят экспоненты и передача контактов
consent-show_name = Моё имя
consent-show_company = Моя компания и должность
consent-show_email = Мой адрес электронной почты
consent-show_phone = Мой номер телефона
consent-show_social = Мои контакты в мессенджерах и соцсетях
consent-lead_push = Экспоненты, соответствующие моим интересам, могут связываться со мной (передача контактов)
volume-unset = Не указано
volume-lt_100k = Менее 100 000 USD
volume-100k_1m = 100 000 – 1 млн USD
volume-1m_10m = 1–10 млн USD
volume-gt_10m = Более 10 млн USD
account-download = Скачать мои данные
delete-title = Удалить учётную запись
delete-intro = Будут удалены ваша учётная запись, профиль, сеансы, история входов, а также организации, единственным владельцем которых вы являетесь, вместе с их файлами. Отменить это действие нельзя. В записях аудита безопасности, как того требует закон, сохранится анонимный идентификатор вашей учётной записи.
delete-submit = Удалить учётную запись навсегда
error-phone = Номер телефона — не более 30 символов: цифры, пробелы и + - ( ).
error-admin-delete = Учётные записи администраторов удаляет оператор платформы, а не сами администраторы.
visitors-title = Посетители и профессиональные посетители
visitors-verify = Подтвердить как профессионального посетителя
visitors-unverify = Отозвать
notice-trade-verified = Посетитель подтверждён как профессиональный посетитель.
notice-trade-unverified = Статус профессионального посетителя отозван.

# Exhibits
exhibits-title = Экспонаты
exhibits-none = Экспонатов пока нет.
exhibit-new = Новый экспонат
exhibit-create = Создать экспонат
exhibit-edit = Редактировать экспонат
exhibit-details = Подробности
exhibit-view = Открыть страницу
exhibit-draft = Черновик
exhibit-published = Опубликован
exhibit-publish = Опубликовать
exhibit-source-lang = Язык оригинала
exhibit-title-zh = Название (китайский)
exhibit-title-en = Название (английский)
exhibit-description-zh = Описание (китайский)
exhibit-description-en = Описание (английский)
exhibit-points-zh = Ключевые преимущества (китайский)
exhibit-points-en = Ключевые преимущества (английский)
exhibit-points = Ключевые преимущества
exhibit-hs = Код HS
exhibit-model = Номер модели
exhibit-price = Цена
exhibit-price-min = Цена от
exhibit-price-max = Цена до
exhibit-currency = Валюта (код ISO)
exhibit-moq = Минимальная партия заказа
exhibit-lead-time = Срок поставки
exhibit-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дн.
    }
exhibit-incoterms = Incoterms
exhibit-ports = Порты погрузки
exhibit-specs = Характеристики
exhibit-specs-hint = По одной на строку: название: значение.
exhibit-images = Изображения
exhibit-image-file = Изображение (JPEG, PNG, WebP, GIF)
exhibit-untranslated = Этот экспонат пока недоступен на вашем языке и показан на языке оригинала.
exhibit-machine = Машинный перевод, ещё не проверенный экспонентом.
notice-exhibit-published = Экспонат опубликован.
notice-image-added = Изображение добавлено.
error-exhibit-title = Укажите название экспоната на том языке, на котором он описан.
error-currency = Укажите валюту трёхбуквенным кодом ISO, например USD или CNY.
error-price = «{ $value }» не является ценой.
error-price-order = Минимальная цена больше максимальной.
error-moq = Минимальная партия заказа должна быть целым числом.
error-lead-time = Срок поставки указывается числом дней (не более 3650).
error-incoterm = «{ $term }» не является термином Incoterms.
error-spec-line = В строке «{ $line }» нет названия и значения (формат: название: значение).
error-exhibit-unverified = Товары можно публиковать, когда выставка подтвердит организацию как экспонента.
error-exhibit-published = Экспонат уже опубликован.
error-image-type = Загрузите изображение (JPEG, PNG, WebP или GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = Медиафайлы
media-open = Открыть
media-purpose = Тип файла
media-kind-image = Изображение
media-kind-video = Видео
media-kind-model = 3D-модель
media-kind-panorama = Панорама 360°
media-kind-document = Документ (PDF)
media-kind-table = Таблица (CSV или XLSX)
media-file = Файл
media-file-hint = Видео: MP4 или WebM до 200 МБ. 3D: GLB или glTF со встроенными данными. Панорама: равнопромежуточный JPEG 2:1, ширина не менее 2000 px.
media-poster = Обложка видео (необязательно)
media-caption = Подпись
media-model-hint = Перетащите, чтобы вращать, сведите пальцы или прокрутите для масштаба; на телефоне нажмите AR, чтобы разместить модель в комнате.
media-model-open = Открыть 3D-модель
media-panorama-open = Открыть панораму 360°
media-documents = Документы
media-table-download = Скачать таблицу
notice-media-added = Файл добавлен.
error-media-type = Этот тип файла здесь не принимается.
error-media-wrong-kind = Файл имеет тип { $found } и не соответствует выбранному виду.
error-media-too-large = Файл слишком большой: не более { $mb } МБ.
error-media-dimensions = Изображение слишком большое в пикселях.
error-media-video = Это не воспроизводимое видео MP4 или WebM.
error-media-pdf = Этот PDF не читается.
error-media-pdf-active = PDF со скриптами, вложениями или формами не принимаются.
error-media-table = Таблица не читается или слишком велика.
error-media-model = Это не корректная модель glTF 2.0.
error-media-model-external = Модель ссылается на внешние файлы; экспортируйте её одним файлом GLB.
error-media-panorama = Панорама должна быть равнопромежуточным JPEG, вдвое шире своей высоты, шириной не менее 2000 px.
error-media-unreadable = Файл не читается.
error-media-poster = Обложка должна быть изображением JPEG, PNG или WebP.
fair-exhibit-review = Проверять экспонаты перед публикацией (иначе проверенные экспоненты публикуют сразу)
error-exhibit-pending = Этот экспонат уже ожидает проверки.
error-exhibit-not-pending = Этот экспонат не ожидает проверки.
mail-exhibit-approved-subject = Ваш экспонат опубликован
mail-exhibit-approved-body = «{ $title }» одобрен и теперь виден посетителям.
mail-exhibit-rejected-subject = Ваш экспонат нужно доработать
mail-exhibit-rejected-body = «{ $title }» не одобрен: { $reason }. Исправьте его и опубликуйте снова.
notice-exhibit-submitted = Экспонат отправлен на проверку и будет опубликован после одобрения.
exhibit-pending = Ожидает проверки
exhibit-rejected = Не одобрено
exhibit-review-title = Экспонаты на проверке
notice-exhibit-approved = Экспонат одобрен и опубликован.
notice-exhibit-rejected = Экспонат возвращён экспоненту с вашим комментарием.
hidden-title = Недоступно для вас
hidden-trade-only = Экспонент показывает это только проверенным профессиональным посетителям.
hidden-country = Экспонент не показывает это в вашей стране, или в профиле не указана страна.
hidden-profile-link = Заполнить профиль
favourites-title = Избранное
favourites-exhibitors = Экспоненты
favourites-products = Товары
favourites-none = Пока ничего не сохранено.
favourite-save = В избранное
favourite-saved = В избранном
exhibitor-contact = Написать экспоненту
exhibitor-no-products = Товаров пока нет.
exhibitor-documents = Каталоги и сертификаты
exhibitor-public-page = Моя публичная страница экспонента
visibility-title = Кому виден этот товар
visibility-booth-title = Кому виден мой стенд
visibility-countries = Только посетители из этих стран
visibility-countries-hint = Двухбуквенные коды стран через запятую, например DE, FR, BR. Оставьте пустым для всех.
visibility-trade-only = Только проверенные профессиональные посетители
error-country = «{ $code }» — не двухбуквенный код страны.

# Catalogue import and export
catalogue-title = Импорт и экспорт каталога
catalogue-hint = Заполните шаблон: один товар в строке, до 10 000 строк. Ничего не сохраняется, пока все строки не верны; товары импортируются как черновики. Строки с id обновляют этот товар.
catalogue-template = Скачать шаблон XLSX
catalogue-import-file = Файл каталога (XLSX или CSV)
catalogue-import = Импортировать
catalogue-export = Экспорт каталога
catalogue-errors = Ячейки, которые нужно исправить
catalogue-row = Строка
catalogue-column = Столбец
catalogue-reason = Проблема
catalogue-more = …и ещё проблем: { $count }.
notice-imported = Импортировано товаров (черновики): { $count }.
error-import-type = Выберите файл XLSX или CSV.
error-import-empty = В файле нет строк с товарами.
error-import-header = Первая строка должна быть заголовком шаблона; нет столбца { $column }.
error-import-too-many = Не более { $max } товаров в файле.
error-import-cells = Ничего не импортировано: исправьте эти ячейки и загрузите файл снова.
error-import-duplicate-id = Этот id уже использован в строке { $row }.
error-import-unknown-id = У вас нет товара с таким id; оставьте id пустым, чтобы добавить новый товар.
catalogue-help = 
    id: пусто для нового товара; сохраните, чтобы обновить экспортированный товар
    source_lang: язык текста: zh-CN или en
    title_zh, title_en: название товара (обязательно на исходном языке)
    description_zh, description_en: описание
    points_zh, points_en: преимущества
    hs_code: код ТН ВЭД (HS), не менее 6 цифр, например 9401.61
    model_number: номер модели
    price_min, price_max: диапазон цен, например 25 или 32.50
    currency: код ISO 4217, например USD
    moq: минимальный заказ
    lead_time_days: срок поставки в днях
    incoterms: например FOB, CIF
    ports: порты погрузки через запятую
    specs: одна характеристика в строке, название: значение

# Machine translation
exhibit-title = Название
exhibit-description = Описание
text-machine-draft = Машинный черновик
translate-button = Перевести на недостающие языки
translate-hint = Заполняет их машинными черновиками, которые можно изменить ниже.
notice-translated = Машинные черновики добавлены для языков: { $count }; проверьте их ниже.
error-translate-unavailable = Сервис перевода недоступен. Повторите попытку позже.
error-admin-target = Блокировать, разблокировать, отключать и включать администраторов может только администратор безопасности.
error-grant-admin-server = Три роли администраторов назначаются и снимаются только на сервере (yunzhan admin grant|revoke).
roles-administrators = Администраторы
roles-administrators-intro = Только вы блокируете, разблокируете, отключаете и включаете трёх администраторов. Их роли назначаются и снимаются на сервере командой yunzhan admin grant|revoke.
roles-on-server = Назначается на сервере
accounts-admin-note = Администратор: управляет администратор безопасности
error-review-own-org = Нельзя проверять заявку или товары собственной организации.
error-booth-org-unreviewed = Организация ещё не является проверенным экспонентом выставки: сначала заявку рассматривают проверяющие выставки.
error-revision-changed = Экспонент тем временем изменил товар; проверьте новую версию.
error-quota-invitations = Одновременно может быть открыто не более { $max } приглашений.
error-quota-exhibits = У организации может быть не более { $max } товаров.
error-quota-media = У товара может быть не более { $max } медиафайлов.
error-quota-storage = Хранилище медиафайлов организации заполнено ({ $max } ГБ).
error-quota-orgs = Одна учётная запись может зарегистрировать не более { $max } организаций.
exhibit-edit-pending = изменения ждут проверки
review-waiting = Ждёт проверки
review-approved = Одобрено
review-rejected = Отклонено
exhibit-reviews = Проверка на каждой выставке
exhibit-reviews-live = Опубликованная версия
exhibit-reviews-edit = Последние изменения
exhibit-revision-pending = Ваши изменения (версия { $number }) ждут проверки; до этого посетители видят одобренную версию.
exhibit-revision-rejected = Ваши изменения (версия { $number }) отклонены: причины указаны ниже; измените товар и сохраните, чтобы отправить снова.
fair = Выставка
review-edit = Изменения опубликованного товара
review-after = После
review-before = До
review-changes = Что изменилось
review-field = Поле
review-new = Новый товар
review-new-media = Новые медиафайлы в этой версии: { $count }
review-revision = Версия { $number }
exhibit-preview = Предпросмотр: посетители пока не видят эту версию.
fair-register = Зарегистрироваться на выставку
fair-register-hint = Регистрация бесплатна. Организаторы смогут подтвердить вас как профессионального покупателя, и вам откроются товары для профессиональных посетителей.
fair-register-sign-in = Войдите, чтобы зарегистрироваться на выставку
fair-registered = Вы зарегистрированы на выставку.
fair-registered-trade = Вы зарегистрированы на выставку как проверенный профессиональный посетитель.
booth-org-review-first = Ещё не проверена: сначала заявку рассматривают проверяющие выставки.
org-applications = Заявки на выставки
org-applications-hint = Запрос стенда — это заявка на участие в выставке; проверяющие каждой выставки проверяют вашу организацию.
org-applications-licence-first = Загрузите свидетельство о регистрации до запроса стенда.
org-frozen = Профиль нельзя изменить, пока заявка ждёт проверки.
application-applied = Ждёт проверки
application-approved = Проверенный экспонент
application-rejected = Отклонена
notice-exhibit-revision = Сохранено. Изменения появятся после одобрения проверяющими выставки; до этого посетители видят одобренную версию.

meta-description = Онлайн-выставка Yunzhan: экспоненты, товары, стенды в 3D и 360°, встречи с покупателями из всех стран.
