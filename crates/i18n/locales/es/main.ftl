# Yunzhan — Spanish (español). Keep the same keys as en/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = Saltar al contenido
nav-main = Navegación principal
nav-home = Inicio
nav-account = Mi cuenta
nav-admin = Administración
nav-login = Iniciar sesión
nav-logout = Cerrar sesión
nav-register = Registrarse
language = Idioma
language-apply = Aplicar
footer-tagline = Yunzhan: la plataforma autoalojada para ferias comerciales en línea.
footer-api = API (OpenAPI)
footer-demo-mail = Buzón de demostración
search = Buscar
save = Guardar
form-has-errors = Corrija lo siguiente:

home-title = Ferias comerciales en línea
home-lead = Pabellones y stands digitales, productos en imágenes, vídeo, 3D y 360°, emparejamiento comercial, negociación y transmisiones en directo, en una plataforma que usted mismo gestiona.
home-cta-register = Crear una cuenta
home-cta-login = Iniciar sesión
home-features = Qué puede hacer aquí
feature-halls = Pabellones y stands digitales
feature-halls-text = Recorra la feria por sectores, visite stands y vea productos en imágenes, vídeo, 3D, realidad aumentada y panorámicas de 360°.
feature-search = Búsqueda
feature-search-text = Encuentre expositores, compradores y productos por palabra clave, código HS, empresa o categoría.
feature-match = Emparejamiento comercial y solicitudes de cotización
feature-match-text = Recomendaciones explicables ponen en contacto a compradores y proveedores; publique solicitudes de cotización y reciba ofertas.
feature-meet = Chat y videorreuniones
feature-meet-text = Negocie de forma individual o en grupo, con intérpretes cuando sea necesario.
feature-live = Transmisiones en directo y foros
feature-live-text = Transmisiones en directo durante la semana de negocios desde salas de exposición y líneas de producción, foros temáticos y la ceremonia de inauguración.
feature-data = Panel de datos e informes
feature-data-text = Cifras en tiempo real para organizadores, expositores y autoridades, con exportación en formatos abiertos.
home-trust = Sus datos siguen siendo suyos
home-trust-text = Autoalojada, con cifrado en tránsito, roles de administración separados y un registro de auditoría en el que cualquier manipulación queda en evidencia.

field-email = Correo electrónico
field-display-name = Nombre
field-password = Contraseña
field-password-confirm = Repita la contraseña
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-new-email = Nuevo correo electrónico
field-totp-code = Código de 6 dígitos
password-hint = Al menos 12 caracteres. No se aceptan contraseñas comunes.

register-title = Crear una cuenta
register-submit = Registrarse
register-have-account = ¿Ya tiene una cuenta?
register-profile = Sobre usted (opcional)
register-profile-hint = Los expositores y el emparejamiento lo usan para saber qué compra. Marque lo que los expositores pueden ver de usted; puede cambiarlo después en Mi perfil.
register-done-title = Revise su correo
register-done-text = Si { $email } puede registrarse, le hemos enviado un enlace de confirmación a esa dirección. Siga el enlace para activar su cuenta.
confirm-done-title = Correo electrónico confirmado
confirm-done-text = Su dirección de correo electrónico está confirmada. Ya puede iniciar sesión.
confirm-failed-title = Este enlace no funciona
email-changed-text = Su dirección de correo electrónico se ha cambiado.

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?

forgot-title = Contraseña olvidada
forgot-intro = Introduzca su dirección de correo electrónico y le enviaremos un enlace para establecer una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-done-title = Revise su correo
forgot-done-text = Si alguna cuenta usa esta dirección, le hemos enviado un enlace para establecer una nueva contraseña. El enlace es válido durante una hora.

reset-title = Establecer una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-done-title = Contraseña cambiada
reset-done-text = Su nueva contraseña se ha guardado y se han cerrado todas las sesiones. Inicie sesión con la nueva contraseña.

totp-title = Verificación en dos pasos
totp-intro = Introduzca el código de 6 dígitos de su aplicación de autenticación.
totp-submit = Verificar
enrol-title = Configurar la verificación en dos pasos
enrol-intro = Los administradores inician sesión con una contraseña y un código de una aplicación de autenticación. Escanee este código QR con la aplicación y, a continuación, introduzca el código que muestre.
enrol-qr-label = Código QR para su aplicación de autenticación
enrol-manual = ¿No puede escanearlo? Introduzca esta clave manualmente:
enrol-submit = Confirmar

account-title = Mi cuenta
account-roles = Roles
account-orgs = Mis organizaciones
account-fairs = Ferias en las que trabajo
account-change-password = Cambiar la contraseña
account-change-email = Cambiar el correo electrónico
account-sessions = Sesiones y dispositivos
account-logins = Historial de inicios de sesión
password-title = Cambiar la contraseña
password-forced = Debe elegir una nueva contraseña antes de continuar.
password-submit = Cambiar la contraseña
email-title = Cambiar el correo electrónico
email-intro = Enviaremos un enlace de confirmación a la nueva dirección. El cambio se aplicará cuando siga ese enlace.
email-submit = Enviar el enlace de confirmación
reauth-title = Confirme su identidad
reauth-intro = Por su seguridad, vuelva a introducir su contraseña para continuar.
reauth-submit = Continuar
sessions-title = Sesiones y dispositivos
sessions-device = Dispositivo
sessions-ip = Dirección IP
sessions-started = Inicio
sessions-last-seen = Última actividad
sessions-actions = Acciones
sessions-this = este dispositivo
sessions-end = Cerrar la sesión
sessions-end-others = Cerrar todas las demás sesiones
logins-title = Historial de inicios de sesión
logins-time = Hora
logins-result = Resultado
login-result-success = Sesión iniciada
login-result-password-ok = Contraseña aceptada
login-result-bad-password = Contraseña incorrecta
login-result-bad-totp = Código incorrecto
login-result-bad-reauth = Contraseña incorrecta (confirmación)
login-result-locked = Rechazado: cuenta bloqueada
login-result-unknown-account = Cuenta desconocida
notice-password-changed = Su contraseña se ha cambiado. Se han cerrado sus demás sesiones.
notice-email-sent = Se ha enviado un enlace de confirmación a la nueva dirección.
notice-session-ended = La sesión se ha cerrado.
notice-sessions-ended = Se han cerrado todas las demás sesiones.
notice-saved = Guardado.

admin-title = Administración
admin-you-are = Ha iniciado sesión como { $role }.
admin-not-admin = No tiene ningún rol de administrador.
admin-nothing = Aquí no hay nada para su rol.
role-system-admin = Administrador del sistema
role-security-admin = Administrador de seguridad
role-audit-admin = Administrador de auditoría
role-organizer = Organizador
role-organizer-admin = Administrador del organizador
role-reviewer = Revisor
role-host = Presentador
role-support-agent = Agente de soporte
role-legal-advisor = Asesor jurídico
role-interpreter = Intérprete
role-exhibitor-owner = Responsable del expositor
role-exhibitor-staff = Personal del expositor
role-visitor = Visitante
role-trade-visitor = Visitante profesional
scope-platform = Plataforma
scope-fair = Feria
scope-organisation = Organización

accounts-title = Cuentas
accounts-search = Buscar por correo electrónico o nombre
accounts-status = Estado
accounts-last-login = Último inicio de sesión
accounts-lock = Bloquear
accounts-unlock = Desbloquear
accounts-disable = Desactivar
accounts-enable = Activar
accounts-create = Crear una cuenta
accounts-create-intro = La cuenta recibe una contraseña de un solo uso, que se muestra una sola vez y debe cambiarse en el primer inicio de sesión.
accounts-create-submit = Crear
accounts-created = Cuenta { $email } creada. Contraseña de un solo uso: { $password }
accounts-updated = Cuenta { $email } actualizada.
status-active = Activa
status-disabled = Desactivada
status-locked = Bloqueada
status-unconfirmed = Correo electrónico sin confirmar

settings-title = Configuración del sitio
settings-site-name-zh = Nombre del sitio (chino)
settings-site-name-en = Nombre del sitio (inglés)
settings-registration-open = Registro abierto
settings-default-lang = Idioma predeterminado

roles-title = Roles y permisos
roles-role = Rol
roles-scope = Ámbito
roles-scope-id = ID del ámbito (feria u organización)
roles-grant = Asignar un rol
roles-grant-submit = Asignar
roles-revoke = Revocar
roles-granted = Rol asignado a { $email }. Se han cerrado sus sesiones.
roles-revoked = Rol revocado a { $email }. Se han cerrado sus sesiones.

policy-title = Política de seguridad
policy-lockout-threshold = Inicios de sesión fallidos antes de bloquear una cuenta (3–20)
policy-lockout-minutes = Duración del bloqueo en minutos
policy-admin-idle = Tiempo de inactividad de los administradores en minutos (5–30)
policy-admin-absolute = Duración máxima de la sesión de los administradores en horas (1–12)
policy-user-idle = Tiempo de inactividad de los usuarios en días
policy-user-absolute = Duración máxima de la sesión de los usuarios en días
policy-inactive = Desactivar las cuentas sin usar durante este número de días (0 = nunca)
policy-reauth = Minutos durante los que una reautenticación sigue siendo válida

audit-title = Registro de auditoría
audit-from = Desde (fecha)
audit-to = Hasta (fecha)
audit-actor = Autor (correo electrónico o ID)
audit-action = Acción
audit-outcome = Resultado
audit-any = Cualquiera
audit-success = Éxito
audit-failure = Error
audit-role = Rol
audit-target = Objeto
audit-detail = Detalle
audit-export = Exportar CSV
audit-verify = Verificar la cadena
audit-older = Registros anteriores
audit-verify-ok =
    { $count ->
        [one] La cadena de auditoría está intacta: se ha comprobado { $count } registro.
       *[other] La cadena de auditoría está intacta: se han comprobado { $count } registros.
    }
audit-verify-broken = La cadena de auditoría está rota: { $problem }

devmail-title = Buzón de demostración
devmail-intro = En modo de demostración, los correos no se envían: se guardan aquí.
devmail-empty = Todavía no hay correo.
devmail-to = Para:

error-back-home = Volver a la página de inicio
error-title-bad-request = Hay un problema con la solicitud
error-title-unauthorized = Inicie sesión
error-title-forbidden = No permitido
error-title-not-found = Página no encontrada
error-title-conflict = Conflicto
error-title-too-large = Demasiado grande
error-title-rate-limited = Demasiados intentos
error-title-unavailable = No disponible temporalmente
error-title-internal = Se ha producido un error
error-bad-request = No se ha podido interpretar la solicitud. Revise los datos introducidos.
error-method = Esta acción no está disponible aquí.
error-unauthorized = Inicie sesión para continuar.
error-forbidden = No tiene permiso para hacer esto.
error-not-found = No hemos encontrado lo que buscaba.
error-conflict = Esto ya existe.
error-rate-limited = Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
error-csrf = Su formulario ha caducado o procede de otro sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-admin-tls = La administración solo está disponible a través de una conexión segura (HTTPS).
error-too-large = Lo que ha enviado es demasiado grande.
error-internal = Se ha producido un error inesperado. Ha quedado registrado; vuelva a intentarlo.
error-unavailable = El servicio no está disponible temporalmente. Vuelva a intentarlo en breve.
error-login-failed = La dirección de correo electrónico o la contraseña no son correctas.
error-account-locked = Un administrador ha bloqueado esta cuenta. Póngase en contacto con el soporte de la plataforma.
error-account-disabled = Esta cuenta está desactivada. Póngase en contacto con el organizador.
error-email-unconfirmed = Primero confirme su dirección de correo electrónico: siga el enlace que le hemos enviado.
error-totp-invalid = El código no es correcto. Compruebe su aplicación de autenticación y vuelva a intentarlo.
error-email-invalid = Introduzca una dirección de correo electrónico válida.
error-email-same = Esta ya es su dirección de correo electrónico.
error-email-taken = Otra cuenta ya usa esta dirección de correo electrónico.
error-display-name = Introduzca un nombre de 1 a 100 caracteres.
error-password-short = La contraseña debe tener al menos 12 caracteres.
error-password-long = La contraseña es demasiado larga (256 caracteres como máximo).
error-password-common = Esta contraseña es demasiado común. Elija una menos previsible.
error-password-email = La contraseña no debe contener su dirección de correo electrónico.
error-password-mismatch = Las dos contraseñas no coinciden.
error-password-same = La nueva contraseña debe ser distinta de la actual.
error-password-wrong = La contraseña no es correcta.
error-registration-closed = El registro está cerrado en este momento.
error-link-invalid = Este enlace no es válido, ya se ha utilizado o ha caducado.
error-self-action = No puede hacer esto con su propia cuenta.
error-site-name = Los nombres del sitio deben tener entre 1 y 60 caracteres.
error-language = Elija uno de los idiomas disponibles.
error-policy-range = El valor de { $field } está fuera del intervalo permitido.
error-no-such-account = Ninguna cuenta usa esta dirección de correo electrónico.
error-grant-self = Los administradores no pueden cambiar sus propios roles.
error-grant-second-admin = Una cuenta solo puede tener uno de los tres roles de administrador.
error-grant-admin-mixed = Las cuentas de administrador no tienen ningún otro rol.
error-grant-scope = Este rol no se puede asignar en ese ámbito.
error-grant-held = La cuenta ya tiene este rol.
error-grant-not-held = La cuenta no tiene este rol.

mail-confirm-subject = Confirme su dirección de correo electrónico para Yunzhan
mail-confirm-body =
    Hola, { $name }:

    Confirme su dirección de correo electrónico abriendo este enlace (válido durante 24 horas):

    { $link }

    Si no se ha registrado, ignore este mensaje.
mail-exists-subject = Su cuenta de Yunzhan
mail-exists-body =
    Alguien ha intentado registrarse con esta dirección de correo electrónico o cambiar a ella, pero ya pertenece a una cuenta.

    Si ha sido usted y ha olvidado su contraseña, restablézcala aquí:

    { $link }
mail-reset-subject = Establezca una nueva contraseña de Yunzhan
mail-reset-body =
    Abra este enlace para establecer una nueva contraseña (válido durante una hora):

    { $link }

    Si no lo ha solicitado, ignore este mensaje; su contraseña no cambiará.
mail-password-changed-subject = Se ha cambiado su contraseña de Yunzhan
mail-password-changed-body = Su contraseña se acaba de cambiar. Si no ha sido usted, restablezca su contraseña de inmediato y póngase en contacto con el organizador.
mail-change-email-subject = Confirme su nueva dirección de correo electrónico
mail-change-email-body =
    Abra este enlace para usar esta dirección en su cuenta de Yunzhan (válido durante 24 horas):

    { $link }
mail-email-notice-subject = Se está cambiando la dirección de correo electrónico de su cuenta de Yunzhan
mail-email-notice-body = Alguien ha solicitado cambiar la dirección de correo electrónico de su cuenta a { $email }. Si no ha sido usted, cambie su contraseña ahora.

# Ferias, pabellones y stands
nav-fairs = Ferias
breadcrumb = Ruta de navegación
fairs-title = Ferias
fairs-none = Todavía no se ha anunciado ninguna feria.
fair-create = Crear una feria
fair-create-submit = Crear la feria
fair-manage = Gestionar la feria
fair-details = Datos y fases de la feria
fair-halls = Pabellones
fair-halls-closed = Los pabellones abren con la ceremonia de inauguración; hasta entonces puede ver los planos.
fair-no-halls = Todavía no hay pabellones.
fair-schedule = Calendario
fair-featured = Expositores destacados
fair-new-products = Productos nuevos
search-label = Buscar expositores y productos
search-submit = Buscar
search-title = Búsqueda
search-title-for = Resultados para «{ $q }»
search-found = { $count ->
    [0] No se encontró nada. Pruebe con menos palabras o con otras.
    [one] Un resultado
   *[other] { $count } resultados
}
search-exhibitors = Expositores
search-products = Productos
fair-slug = Nombre corto en la dirección
fair-slug-hint = De 3 a 40 letras minúsculas, dígitos y guiones, p. ej. canton-2027. No se puede cambiar más adelante.
fair-name-zh = Nombre (chino)
fair-name-en = Nombre (inglés)
fair-description-zh = Descripción (chino)
fair-description-en = Descripción (inglés)
fair-time-zone = Zona horaria
fair-time-zone-hint = Una zona horaria IANA, como Asia/Shanghai; las fechas siguientes se expresan en ella.
fair-languages = Idiomas de la feria
fair-phases = Fases
fair-registration-opens = Apertura del registro
fair-opening = Ceremonia de inauguración
fair-show-days = Inicio de los días de feria
fair-trade-week = Inicio de la semana de negocios
fair-service-period = Inicio del mes de servicio
fair-closes = Cierre de la feria
phase-upcoming = Próximamente
phase-pre-show = Antes de la feria
phase-opening = Ceremonia de inauguración
phase-show-days = Días de feria
phase-trade-week = Semana de negocios
phase-service-period = Mes de servicio
phase-post-show = Cerrada
hall-label = Pabellón { $code }
hall-chapters = Capítulos HS
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
hall-plan = Plano del pabellón: seleccione un stand para visitarlo
hall-booth-list = Todos los stands en forma de lista
hall-add = Añadir un pabellón
hall-code = Número de pabellón
hall-name-zh = Nombre del pabellón (chino)
hall-name-en = Nombre del pabellón (inglés)
hall-chapters-input = Capítulos HS (separados por comas)
hall-rows = Filas de stands
hall-cols = Stands por fila
hall-premium-rows = Filas prémium (delanteras)
hall-add-submit = Añadir el pabellón y sus stands
booth-label = Stand { $code }
booth-free = Libre
booth-requested = Solicitado
booth-booked = Reservado
booth-premium = Prémium
booth-standard = Estándar
booth-code = Stand
booth-kind = Tipo
booth-status = Estado
notice-hall-added = Se han añadido el pabellón y sus stands.
error-fair-slug = El nombre corto debe tener de 3 a 40 letras minúsculas, dígitos y guiones.
error-fair-slug-taken = Otra feria ya usa este nombre corto.
error-fair-name = Introduzca los nombres de la feria (120 caracteres como máximo cada uno).
error-time-zone = Introduzca una zona horaria IANA conocida, como Asia/Shanghai.
error-fair-languages = Elija al menos un idioma.
error-fair-dates = Introduzca la fecha y la hora de cada fase.
error-fair-order = Las fases deben sucederse en orden cronológico.
error-hall-code = El número de pabellón tiene una o dos cifras.
error-hall-code-taken = Esta feria ya tiene un pabellón con este número.
error-hall-name = Introduzca los nombres del pabellón (80 caracteres como máximo cada uno).
error-hs-code = «{ $code }» no es un código HS.
error-hall-chapters = Introduzca al menos un capítulo HS.
error-hall-grid = Debe haber de 1 a 26 filas, de 1 a 40 stands por fila y de 0 a 26 filas prémium.
error-uscc-length = Un Código Unificado de Crédito Social tiene 18 caracteres.
error-uscc-character = El Código Unificado de Crédito Social contiene un carácter no permitido.
error-uscc-check = El Código Unificado de Crédito Social no es válido (carácter de control incorrecto).
error-uscc-org-check = El código de organización incluido en el Código Unificado de Crédito Social no es válido.

# Alta y revisión de expositores
org-register = Registre su organización
org-register-intro = Los expositores registran su empresa con su Código Unificado de Crédito Social y su licencia comercial; los revisores del organizador la verifican.
org-register-submit = Registrar
org-name-zh = Razón social (chino)
org-name-en = Razón social (inglés)
org-uscc = Código Unificado de Crédito Social
org-uscc-hint = El código de 18 caracteres que figura en la licencia comercial, p. ej. 91350100M000100Y43.
org-contact-name = Persona de contacto
org-contact-email = Correo electrónico de contacto
org-industries = Sectores (códigos HS)
org-industries-hint = Capítulos o códigos HS separados por comas, p. ej. 94, 9403.60.
org-markets = Mercados de destino
org-markets-hint = Códigos de país de dos letras separados por comas, p. ej. US, DE, AE.
org-languages = Idiomas
org-status = Estado
org-status-draft = Borrador
org-status-submitted = En revisión
org-status-approved = Verificada
org-status-rejected = Requiere cambios
org-verified = Expositor verificado
org-review-reason = Nota del revisor
org-licence = Licencia comercial
org-licence-view = Ver la licencia
org-licence-none = Todavía no se ha subido ninguna licencia.
org-licence-file = Archivo de la licencia
org-licence-hint = Una imagen (JPEG, PNG, WebP) o un PDF de 20 MB como máximo. Se eliminan los metadatos de la imagen, como la ubicación.
org-licence-upload = Subir
org-submit = Enviar a revisión
org-profile = Perfil de la empresa
notice-licence-uploaded = Se ha subido la licencia.
notice-org-submitted = Enviada. Los revisores le responderán por correo electrónico.
notice-org-approved = La organización se ha aprobado.
notice-org-rejected = La organización se ha devuelto con su nota.
review-title = Revisión de expositores
review-empty = No hay nada pendiente de revisión.
review-reason = Nota para el expositor
review-reason-hint = Obligatoria si rechaza: indique qué debe corregirse.
review-approve = Aprobar
review-reject = Rechazar
error-org-name = Introduzca ambas razones sociales (200 caracteres como máximo cada una).
error-org-contact = Introduzca una persona de contacto.
error-org-industries = Introduzca al menos un sector como código HS.
error-country-code = «{ $code }» no es un código de país de dos letras.
error-language-tag = «{ $tag }» no es una etiqueta de idioma.
error-uscc-taken = Ya hay registrada una organización con este Código Unificado de Crédito Social.
error-org-under-review = No se puede cambiar mientras una solicitud de la organización espera revisión.
error-licence-missing = Primero suba la licencia comercial.
error-licence-type = La licencia debe ser una imagen (JPEG, PNG, WebP) o un PDF.
error-licence-image = No se ha podido leer la imagen de la licencia.
error-licence-pdf = No se ha podido aceptar el PDF (está dañado o contiene scripts).
error-review-reason = Indique un motivo si rechaza.
error-org-not-submitted = Esta organización no está pendiente de revisión.
mail-org-submitted-subject = { $org } solicitó exponer en { $fair }
mail-org-submitted-body = Su organización { $org } solicitó exponer en { $fair }. Le escribiremos cuando los revisores de la feria hayan decidido.
mail-org-approved-subject = { $org } es expositor verificado de { $fair }
mail-org-approved-body = Su organización { $org } fue aprobada como expositor de { $fair }. Allí lleva la insignia de verificado, sus productos pueden publicarse y los organizadores pueden confirmar sus stands.
mail-org-rejected-subject = { $org }: la solicitud a { $fair } necesita cambios
mail-org-rejected-body =
    Los revisores han devuelto { $org } con esta nota:

    { $reason }

    Corríjalo en la página de su organización y vuelva a enviarla.

# Reserva de stands
booth-exhibitor = Expositor
booth-request-for = Solicitar este stand para { $org }
booth-requests = Solicitudes de stand
booth-requests-none = No hay ninguna solicitud de stand pendiente de decisión.
notice-booth-approved = El stand está reservado.
notice-booth-rejected = Se ha rechazado la solicitud; el stand vuelve a estar libre.
error-booth-unverified = Suba la licencia comercial antes de solicitar stands.
error-booking-closed = Los stands solo pueden solicitarse antes de la apertura de la feria.
error-booth-taken = Otro expositor acaba de solicitar este stand.
error-booth-limit = Su organización ya tiene el número máximo de stands permitido en esta feria.
error-booth-not-requested = Este stand no tiene ninguna solicitud pendiente.
mail-booth-approved-subject = El stand { $booth } es suyo
mail-booth-approved-body = El organizador ha aprobado su solicitud: el stand { $booth } está reservado para su organización.
mail-booth-rejected-subject = El stand { $booth } no se ha confirmado
mail-booth-rejected-body = El organizador no ha confirmado su solicitud del stand { $booth }. Puede solicitar otro stand libre.

# Personal del expositor
staff-title = Personal
staff-invite = Invitar a un compañero
staff-invite-submit = Enviar la invitación
staff-remove = Quitar
staff-pending = Invitación enviada
notice-invite-sent = Se ha enviado una invitación a { $email }.
notice-staff-removed = Se ha quitado al miembro del personal.
invite-title = Invitación
invite-intro = Le han invitado a unirse a
invite-as = Se unirá como
invite-accept = Aceptar la invitación
invite-sign-in = Para aceptar, inicie sesión (o regístrese) con la dirección de correo electrónico invitada.
error-invite-other-account = Esta invitación es para otra dirección de correo electrónico. Inicie sesión con la dirección invitada.
mail-staff-invite-subject = Únase a { $org } en Yunzhan
mail-staff-invite-body =
    Le han invitado a unirse a { $org } como miembro de su equipo de expositor. Abra este enlace (válido durante 7 días) y acepte la invitación con la sesión iniciada con esta dirección de correo electrónico:

    { $link }

# Perfil del visitante y privacidad
profile-title = Perfil de visitante y privacidad
profile-intro = Indique a los expositores qué compra y elija qué pueden ver de usted. Puede cambiarlo en cualquier momento.
profile-country = País (dos letras)
profile-country-hint = Código de país de dos letras, p. ej. DE, BR o AE.
profile-company = Empresa
profile-job = Cargo
profile-interests = Intereses de compra (códigos HS)
profile-volume = Volumen anual de compras
profile-phone = Teléfono
profile-social = Redes sociales
profile-social-hint = P. ej. identificadores de WeChat, WhatsApp o LinkedIn. Se guardan cifrados.
profile-consent = Qué pueden ver los expositores y envío de contactos
consent-show_name = Mi nombre
consent-show_company = Mi empresa y mi cargo
consent-show_email = Mi dirección de correo electrónico
consent-show_phone = Mi número de teléfono
consent-show_social = Mis redes sociales
consent-lead_push = Los expositores que coincidan con mis intereses pueden contactarme (envío de contactos)
volume-unset = Sin indicar
volume-lt_100k = Menos de 100 000 USD
volume-100k_1m = 100 000 – 1 millón de USD
volume-1m_10m = 1 – 10 millones de USD
volume-gt_10m = Más de 10 millones de USD
account-download = Descargar mis datos
delete-title = Eliminar mi cuenta
delete-intro = Se eliminarán su cuenta, su perfil, sus sesiones, su historial de inicios de sesión y las organizaciones de las que usted es el único propietario, junto con sus archivos. Esta acción no se puede deshacer. Los registros de auditoría de seguridad conservan el identificador anónimo de su cuenta, tal como exige la ley.
delete-submit = Eliminar mi cuenta definitivamente
error-phone = Un número de teléfono tiene como máximo 30 dígitos, espacios y + - ( ).
error-admin-delete = Las cuentas de administrador las elimina el operador, no el propio administrador.
visitors-title = Visitantes y visitantes profesionales
visitors-verify = Verificar como visitante profesional
visitors-unverify = Retirar
notice-trade-verified = El visitante es ahora un visitante profesional verificado.
notice-trade-unverified = Se ha retirado la verificación de visitante profesional.

# Productos expuestos
exhibits-title = Productos expuestos
exhibits-none = Todavía no hay productos.
exhibit-new = Nuevo producto
exhibit-create = Crear el producto
exhibit-edit = Editar el producto
exhibit-details = Detalles
exhibit-view = Ver la página
exhibit-draft = Borrador
exhibit-published = Publicado
exhibit-publish = Publicar
exhibit-source-lang = Redactado en
exhibit-title-zh = Título (chino)
exhibit-title-en = Título (inglés)
exhibit-description-zh = Descripción (chino)
exhibit-description-en = Descripción (inglés)
exhibit-points-zh = Puntos fuertes (chino)
exhibit-points-en = Puntos fuertes (inglés)
exhibit-points = Puntos fuertes
exhibit-hs = Código HS
exhibit-model = Número de modelo
exhibit-price = Precio
exhibit-price-min = Precio desde
exhibit-price-max = Precio hasta
exhibit-currency = Moneda (código ISO)
exhibit-moq = Cantidad mínima de pedido
exhibit-lead-time = Plazo de entrega
exhibit-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
exhibit-incoterms = Incoterms
exhibit-ports = Puertos de carga
exhibit-specs = Especificaciones
exhibit-specs-hint = Una por línea, con el formato nombre: valor.
exhibit-images = Imágenes
exhibit-image-file = Imagen (JPEG, PNG, WebP, GIF)
exhibit-untranslated = Este producto todavía no está disponible en su idioma; se muestra en su idioma original.
exhibit-machine = Traducción automática, aún no revisada por el expositor.
notice-exhibit-published = El producto se ha publicado.
notice-image-added = Se ha añadido la imagen.
error-exhibit-title = Dé al producto un título en el idioma en que está redactado.
error-currency = Indique la moneda con un código ISO de tres letras, como USD o CNY.
error-price = «{ $value }» no es un precio.
error-price-order = El precio mínimo es superior al máximo.
error-moq = La cantidad mínima de pedido debe ser un número entero.
error-lead-time = El plazo de entrega debe ser un número de días (3650 como máximo).
error-incoterm = «{ $term }» no es un Incoterm.
error-spec-line = «{ $line }» no tiene nombre y valor (escriba nombre: valor).
error-exhibit-unverified = Los productos pueden publicarse cuando una feria haya verificado a la organización como expositor.
error-exhibit-published = El producto ya está publicado.
error-image-type = Suba una imagen (JPEG, PNG, WebP o GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = Multimedia
media-open = Abrir
media-purpose = Tipo de archivo
media-kind-image = Imagen
media-kind-video = Vídeo
media-kind-model = Modelo 3D
media-kind-panorama = Panorama 360°
media-kind-document = Documento (PDF)
media-kind-table = Tabla (CSV o XLSX)
media-file = Archivo
media-file-hint = Vídeo: MP4 o WebM de hasta 200 MB. 3D: GLB o glTF con datos incrustados. Panorama: JPEG equirrectangular 2:1, de al menos 2000 px de ancho.
media-poster = Imagen de portada del vídeo (opcional)
media-caption = Leyenda
media-model-hint = Arrastre para girar, pellizque o desplace para ampliar; en el móvil, toque el botón AR para colocarlo en su espacio.
media-model-open = Ver el modelo 3D
media-panorama-open = Abrir la vista 360°
media-documents = Documentos
media-table-download = Descargar la tabla
notice-media-added = Se añadió el archivo.
error-media-type = Este tipo de archivo no se acepta aquí.
error-media-wrong-kind = El archivo es de tipo { $found }, que no corresponde al tipo elegido.
error-media-too-large = El archivo es demasiado grande: máximo { $mb } MB.
error-media-dimensions = La imagen tiene demasiados píxeles.
error-media-video = No es un vídeo MP4 o WebM reproducible.
error-media-pdf = No se puede leer este PDF.
error-media-pdf-active = No se aceptan PDF con scripts, adjuntos o formularios.
error-media-table = No se puede leer la tabla o es demasiado grande.
error-media-model = No es un modelo glTF 2.0 válido.
error-media-model-external = El modelo hace referencia a archivos externos; expórtelo como un único archivo GLB.
error-media-panorama = Un panorama debe ser un JPEG equirrectangular, el doble de ancho que de alto, de al menos 2000 px de ancho.
error-media-unreadable = No se puede leer el archivo.
error-media-poster = La portada debe ser una imagen JPEG, PNG o WebP.
fair-exhibit-review = Revisar los productos antes de publicarlos (si no, los expositores verificados publican al instante)
error-exhibit-pending = Este producto ya está pendiente de revisión.
error-exhibit-not-pending = Este producto no está pendiente de revisión.
mail-exhibit-approved-subject = Su producto está publicado
mail-exhibit-approved-body = «{ $title }» fue aprobado y ya es visible para los visitantes.
mail-exhibit-rejected-subject = Su producto necesita cambios
mail-exhibit-rejected-body = «{ $title }» no fue aprobado: { $reason }. Modifíquelo y vuelva a publicarlo.
notice-exhibit-submitted = El producto se envió a revisión; se publicará al aprobarse.
exhibit-pending = Pendiente de revisión
exhibit-rejected = No aprobado
exhibit-review-title = Productos pendientes de revisión
notice-exhibit-approved = El producto fue aprobado y está publicado.
notice-exhibit-rejected = El producto se devolvió al expositor con su nota.
hidden-title = No disponible para usted
hidden-trade-only = El expositor solo muestra esto a visitantes profesionales verificados.
hidden-country = El expositor no muestra esto en su país, o su perfil no indica su país.
hidden-profile-link = Completar mi perfil
favourites-title = Mis favoritos
favourites-exhibitors = Expositores
favourites-products = Productos
favourites-none = Aún no ha guardado nada.
favourite-save = Guardar
favourite-saved = Guardado
exhibitor-contact = Escribir al expositor
exhibitor-no-products = Aún no hay productos.
exhibitor-documents = Catálogos y certificados
exhibitor-public-page = Ver mi página pública de expositor
visibility-title = Quién puede ver este producto
visibility-booth-title = Quién puede ver mi stand
visibility-countries = Solo visitantes de estos países
visibility-countries-hint = Códigos de país de dos letras separados por comas, p. ej. DE, FR, BR. Déjelo vacío para todos.
visibility-trade-only = Solo visitantes profesionales verificados
error-country = «{ $code }» no es un código de país de dos letras.

# Catalogue import and export
catalogue-title = Importar y exportar el catálogo
catalogue-hint = Complete la plantilla, un producto por fila, hasta 10.000 filas. No se guarda nada salvo que todas las filas sean correctas; los productos se importan como borradores. Las filas con id actualizan ese producto.
catalogue-template = Descargar la plantilla XLSX
catalogue-import-file = Archivo del catálogo (XLSX o CSV)
catalogue-import = Importar
catalogue-export = Exportar el catálogo
catalogue-errors = Celdas que corregir
catalogue-row = Fila
catalogue-column = Columna
catalogue-reason = Problema
catalogue-more = …y { $count } problemas más.
notice-imported = Se importaron { $count } productos como borradores.
error-import-type = Elija un archivo XLSX o CSV.
error-import-empty = El archivo no tiene filas de productos.
error-import-header = La primera fila debe ser el encabezado de la plantilla; falta la columna { $column }.
error-import-too-many = Como máximo { $max } productos por archivo.
error-import-cells = No se importó nada: corrija estas celdas y vuelva a subir el archivo.
error-import-duplicate-id = Este id ya se usó en la fila { $row }.
error-import-unknown-id = Ningún producto suyo tiene este id; deje el id vacío para añadir un producto nuevo.
catalogue-help = 
    id: vacío para un producto nuevo; consérvelo para actualizar un producto exportado
    source_lang: idioma en que escribe: zh-CN o en
    title_zh, title_en: nombre del producto (obligatorio en el idioma de origen)
    description_zh, description_en: descripción
    points_zh, points_en: puntos de venta
    hs_code: código HS de al menos 6 dígitos, p. ej. 9401.61
    model_number: número de modelo
    price_min, price_max: rango de precios, p. ej. 25 o 32.50
    currency: código ISO 4217, p. ej. USD
    moq: cantidad mínima de pedido
    lead_time_days: plazo de entrega en días
    incoterms: p. ej. FOB, CIF
    ports: puertos de carga separados por comas
    specs: una especificación por línea, nombre: valor

# Machine translation
exhibit-title = Título
exhibit-description = Descripción
text-machine-draft = Borrador automático
translate-button = Traducir los idiomas que faltan
translate-hint = Los rellena con borradores automáticos que puede editar abajo.
notice-translated = Se rellenaron { $count } idiomas con borradores automáticos; revíselos abajo.
error-translate-unavailable = El servicio de traducción no está disponible. Inténtelo más tarde.
error-admin-target = Solo el administrador de seguridad puede bloquear, desbloquear, desactivar o activar a un administrador.
error-grant-admin-server = Los tres roles de administrador solo se conceden y retiran en el servidor (yunzhan admin grant|revoke).
roles-administrators = Administradores
roles-administrators-intro = Solo usted bloquea, desbloquea, desactiva o activa a los tres administradores. Sus roles se conceden y retiran en el servidor con yunzhan admin grant|revoke.
roles-on-server = Concedido en el servidor
accounts-admin-note = Administrador: lo gestiona el administrador de seguridad
error-review-own-org = No puede revisar la solicitud ni los productos de su propia organización.
error-booth-org-unreviewed = Esta organización aún no es un expositor verificado de la feria: los revisores de la feria deciden primero su solicitud.
error-revision-changed = El expositor cambió este producto entretanto; revise la nueva versión.
error-quota-invitations = Como máximo puede haber { $max } invitaciones abiertas a la vez.
error-quota-exhibits = Una organización puede tener como máximo { $max } productos.
error-quota-media = Un producto puede tener como máximo { $max } archivos multimedia.
error-quota-storage = El almacenamiento multimedia de su organización está lleno ({ $max } GB).
error-quota-orgs = Una cuenta puede registrar como máximo { $max } organizaciones.
exhibit-edit-pending = cambios pendientes de revisión
review-waiting = Pendiente de revisión
review-approved = Aprobado
review-rejected = Rechazado
exhibit-reviews = Revisión en cada feria
exhibit-reviews-live = Versión publicada
exhibit-reviews-edit = Últimos cambios
exhibit-revision-pending = Sus cambios (versión { $number }) esperan revisión; hasta entonces los visitantes ven la versión aprobada.
exhibit-revision-rejected = Sus cambios (versión { $number }) fueron rechazados: vea los motivos abajo, cambie el producto y guarde para enviarlo de nuevo.
fair = Feria
review-edit = Cambios en un producto publicado
review-after = Después
review-before = Antes
review-changes = Qué cambió
review-field = Campo
review-new = Producto nuevo
review-new-media = Archivos multimedia nuevos en esta versión: { $count }
review-revision = Versión { $number }
exhibit-preview = Vista previa: los visitantes aún no ven esta versión.
fair-register = Inscribirse en esta feria
fair-register-hint = La inscripción es gratuita. Permite a los organizadores verificarle como comprador profesional, lo que abre los productos reservados a visitantes profesionales.
fair-register-sign-in = Inicie sesión para inscribirse en esta feria
fair-registered = Está inscrito en esta feria.
fair-registered-trade = Está inscrito en esta feria como visitante profesional verificado.
booth-org-review-first = Aún no verificada: los revisores de la feria deciden primero la solicitud.
org-applications = Solicitudes a ferias
org-applications-hint = Solicitar un stand es solicitar exponer en esa feria; los revisores de cada feria verifican su organización.
org-applications-licence-first = Suba la licencia comercial antes de solicitar un stand.
org-frozen = El perfil no puede cambiarse mientras una solicitud espera revisión.
application-applied = Pendiente de revisión
application-approved = Expositor verificado
application-rejected = Rechazada
notice-exhibit-revision = Guardado. Los cambios se publican cuando los revisores de la feria los aprueben; hasta entonces los visitantes ven la versión aprobada.

meta-description = Feria comercial en línea Yunzhan: expositores, productos, stands en 3D y 360°, reuniones con compradores de todos los países.
