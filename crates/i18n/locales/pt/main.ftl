# Yunzhan — Portuguese (português do Brasil). Keep the same keys as en/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = Pular para o conteúdo
nav-main = Navegação principal
nav-home = Início
nav-account = Minha conta
nav-admin = Administração
nav-login = Entrar
nav-logout = Sair
nav-register = Cadastrar-se
language = Idioma
language-apply = Aplicar
footer-tagline = Yunzhan — a plataforma auto-hospedada para feiras de negócios online.
footer-api = API (OpenAPI)
footer-demo-mail = Caixa de e-mails de demonstração
search = Buscar
save = Salvar
form-has-errors = Corrija os seguintes itens:

home-title = Feiras de negócios online
home-lead = Pavilhões e estandes digitais, produtos em imagens, vídeo, 3D e 360°, conexões de negócios, negociação e transmissões ao vivo — em uma plataforma operada por você mesmo.
home-cta-register = Criar uma conta
home-cta-login = Entrar
home-features = O que você pode fazer aqui
feature-halls = Pavilhões e estandes digitais
feature-halls-text = Percorra a feira por setor, visite estandes e veja produtos em imagens, vídeo, 3D, realidade aumentada e panoramas em 360°.
feature-search = Busca
feature-search-text = Encontre expositores, compradores e produtos por palavra-chave, código HS, empresa ou categoria.
feature-match = Conexões de negócios e pedidos de cotação
feature-match-text = Recomendações explicáveis aproximam compradores e fornecedores; publique pedidos de cotação e receba propostas.
feature-meet = Chat e videoconferências
feature-meet-text = Negocie individualmente ou em grupo, com intérpretes quando necessário.
feature-live = Transmissões ao vivo e fóruns
feature-live-text = Transmissões ao vivo durante a semana de negócios, direto de showrooms e linhas de produção, fóruns temáticos e a cerimônia de abertura.
feature-data = Painel de dados e relatórios
feature-data-text = Números em tempo real para organizadores, expositores e autoridades, com exportação em formatos abertos.
home-trust = Seus dados continuam sendo seus
home-trust-text = Auto-hospedada, com criptografia em trânsito, funções de administrador separadas e um registro de auditoria que evidencia qualquer adulteração.

field-email = Endereço de e-mail
field-display-name = Nome
field-password = Senha
field-password-confirm = Repita a senha
field-current-password = Senha atual
field-new-password = Nova senha
field-new-email = Novo endereço de e-mail
field-totp-code = Código de 6 dígitos
password-hint = No mínimo 12 caracteres. Senhas comuns não são aceitas.

register-title = Criar uma conta
register-submit = Cadastrar-se
register-have-account = Já tem uma conta?
register-profile = Sobre você (opcional)
register-profile-hint = Expositores e o matchmaking usam isto para saber o que você compra. Marque o que os expositores podem ver de você; pode mudar depois em Meu perfil.
register-done-title = Confira sua caixa de entrada
register-done-text = Se o endereço { $email } puder ser cadastrado, enviamos um link de confirmação para ele. Siga o link para ativar sua conta.
confirm-done-title = Endereço de e-mail confirmado
confirm-done-text = Seu endereço de e-mail foi confirmado. Agora você já pode entrar.
confirm-failed-title = Este link não funciona
email-changed-text = Seu endereço de e-mail foi alterado.

login-title = Entrar
login-submit = Entrar
login-forgot = Esqueceu sua senha?

forgot-title = Esqueci minha senha
forgot-intro = Informe seu endereço de e-mail e enviaremos um link para você definir uma nova senha.
forgot-submit = Enviar o link
forgot-done-title = Confira sua caixa de entrada
forgot-done-text = Se alguma conta usar este endereço, um link para definir uma nova senha está a caminho. O link é válido por uma hora.

reset-title = Definir uma nova senha
reset-submit = Salvar a nova senha
reset-done-title = Senha alterada
reset-done-text = Sua nova senha foi salva e todas as sessões foram encerradas. Entre com a nova senha.

totp-title = Verificação em duas etapas
totp-intro = Digite o código de 6 dígitos do seu aplicativo autenticador.
totp-submit = Verificar
enrol-title = Configurar a verificação em duas etapas
enrol-intro = Os administradores entram com uma senha e um código de um aplicativo autenticador. Escaneie este código QR com o aplicativo e digite o código exibido.
enrol-qr-label = Código QR para o seu aplicativo autenticador
enrol-manual = Não consegue escanear? Digite esta chave manualmente:
enrol-submit = Confirmar

account-title = Minha conta
account-roles = Funções
account-orgs = As minhas organizações
account-fairs = Feiras em que trabalho
account-change-password = Alterar senha
account-change-email = Alterar endereço de e-mail
account-sessions = Sessões e dispositivos
account-logins = Histórico de acessos
password-title = Alterar senha
password-forced = Você precisa escolher uma nova senha antes de continuar.
password-submit = Alterar senha
email-title = Alterar endereço de e-mail
email-intro = Enviaremos um link de confirmação para o novo endereço. A alteração entra em vigor quando você seguir o link.
email-submit = Enviar link de confirmação
reauth-title = Confirme que é você
reauth-intro = Para sua segurança, digite sua senha novamente para continuar.
reauth-submit = Continuar
sessions-title = Sessões e dispositivos
sessions-device = Dispositivo
sessions-ip = Endereço IP
sessions-started = Início
sessions-last-seen = Última atividade
sessions-actions = Ações
sessions-this = este dispositivo
sessions-end = Encerrar sessão
sessions-end-others = Encerrar todas as outras sessões
logins-title = Histórico de acessos
logins-time = Horário
logins-result = Resultado
login-result-success = Acesso realizado
login-result-password-ok = Senha aceita
login-result-bad-password = Senha incorreta
login-result-bad-totp = Código incorreto
login-result-bad-reauth = Senha incorreta (confirmação)
login-result-locked = Recusado: conta bloqueada
login-result-unknown-account = Conta desconhecida
notice-password-changed = Sua senha foi alterada. Suas outras sessões foram encerradas.
notice-email-sent = Um link de confirmação foi enviado para o novo endereço.
notice-session-ended = A sessão foi encerrada.
notice-sessions-ended = Todas as outras sessões foram encerradas.
notice-saved = Salvo.

admin-title = Administração
admin-you-are = Você está conectado como { $role }.
admin-not-admin = Você não tem nenhuma função de administrador.
admin-nothing = Não há nada aqui para a sua função.
role-system-admin = Administrador do sistema
role-security-admin = Administrador de segurança
role-audit-admin = Administrador de auditoria
role-organizer = Organizador
role-organizer-admin = Administrador do organizador
role-reviewer = Revisor
role-host = Apresentador
role-support-agent = Agente de suporte
role-legal-advisor = Consultor jurídico
role-interpreter = Intérprete
role-exhibitor-owner = Responsável pelo expositor
role-exhibitor-staff = Equipe do expositor
role-visitor = Visitante
role-trade-visitor = Visitante profissional
scope-platform = Plataforma
scope-fair = Feira
scope-organisation = Organização

accounts-title = Contas
accounts-search = Buscar por e-mail ou nome
accounts-status = Status
accounts-last-login = Último acesso
accounts-lock = Bloquear
accounts-unlock = Desbloquear
accounts-disable = Desativar
accounts-enable = Ativar
accounts-create = Criar uma conta
accounts-create-intro = A conta recebe uma senha temporária, exibida uma única vez, que deve ser alterada no primeiro acesso.
accounts-create-submit = Criar
accounts-created = Conta { $email } criada. Senha temporária: { $password }
accounts-updated = Conta { $email } atualizada.
status-active = Ativa
status-disabled = Desativada
status-locked = Bloqueada
status-unconfirmed = E-mail não confirmado

settings-title = Configuração do site
settings-site-name-zh = Nome do site (chinês)
settings-site-name-en = Nome do site (inglês)
settings-registration-open = Cadastro aberto
settings-default-lang = Idioma padrão

roles-title = Funções e permissões
roles-role = Função
roles-scope = Escopo
roles-scope-id = ID do escopo (feira ou organização)
roles-grant = Atribuir uma função
roles-grant-submit = Atribuir
roles-revoke = Revogar
roles-granted = Função atribuída a { $email }. As sessões dessa conta foram encerradas.
roles-revoked = Função revogada de { $email }. As sessões dessa conta foram encerradas.

policy-title = Política de segurança
policy-lockout-threshold = Tentativas de acesso malsucedidas antes do bloqueio da conta (3–20)
policy-lockout-minutes = Duração do bloqueio em minutos
policy-admin-idle = Tempo limite de inatividade de administradores em minutos (5–30)
policy-admin-absolute = Duração máxima da sessão de administradores em horas (1–12)
policy-user-idle = Tempo limite de inatividade de usuários em dias
policy-user-absolute = Duração máxima da sessão de usuários em dias
policy-inactive = Desativar contas sem uso há este número de dias (0 = nunca)
policy-reauth = Minutos durante os quais uma reautenticação permanece válida

audit-title = Registro de auditoria
audit-from = De (data)
audit-to = Até (data)
audit-actor = Autor (e-mail ou ID)
audit-action = Ação
audit-outcome = Resultado
audit-any = Qualquer
audit-success = Sucesso
audit-failure = Falha
audit-role = Função
audit-target = Alvo
audit-detail = Detalhe
audit-export = Exportar CSV
audit-verify = Verificar a cadeia
audit-older = Registros mais antigos
audit-verify-ok =
    { $count ->
        [one] A cadeia de auditoria está íntegra: { $count } registro verificado.
       *[other] A cadeia de auditoria está íntegra: { $count } registros verificados.
    }
audit-verify-broken = A cadeia de auditoria está rompida: { $problem }

devmail-title = Caixa de e-mails de demonstração
devmail-intro = No modo de demonstração, os e-mails não são enviados: eles ficam guardados aqui.
devmail-empty = Nenhum e-mail ainda.
devmail-to = Para:

error-back-home = Voltar à página inicial
error-title-bad-request = Há um problema com a solicitação
error-title-unauthorized = Entre na sua conta
error-title-forbidden = Não permitido
error-title-not-found = Página não encontrada
error-title-conflict = Conflito
error-title-too-large = Grande demais
error-title-rate-limited = Tentativas demais
error-title-unavailable = Temporariamente indisponível
error-title-internal = Algo deu errado
error-bad-request = Não foi possível entender a solicitação. Verifique os dados informados.
error-method = Esta ação não está disponível aqui.
error-unauthorized = Entre na sua conta para continuar.
error-forbidden = Você não tem permissão para fazer isso.
error-not-found = Não encontramos o que você procurava.
error-conflict = Isso já existe.
error-rate-limited = Tentativas demais. Tente novamente em { $seconds } segundos.
error-csrf = Seu formulário expirou ou veio de outro site. Recarregue a página e tente novamente.
error-admin-tls = A administração só está disponível por meio de uma conexão segura (HTTPS).
error-too-large = O que você enviou é grande demais.
error-internal = Ocorreu um erro inesperado. Ele foi registrado; tente novamente.
error-unavailable = O serviço está temporariamente indisponível. Tente novamente em instantes.
error-login-failed = O endereço de e-mail ou a senha estão incorretos.
error-account-locked = Esta conta foi bloqueada por um administrador. Entre em contato com o suporte da plataforma.
error-account-disabled = Esta conta está desativada. Entre em contato com o organizador.
error-email-unconfirmed = Primeiro confirme seu endereço de e-mail: siga o link que enviamos para você.
error-totp-invalid = O código está incorreto. Verifique seu aplicativo autenticador e tente novamente.
error-email-invalid = Informe um endereço de e-mail válido.
error-email-same = Este já é o seu endereço de e-mail.
error-email-taken = Este endereço de e-mail já é usado por outra conta.
error-display-name = Informe um nome de 1 a 100 caracteres.
error-password-short = A senha deve ter no mínimo 12 caracteres.
error-password-long = A senha é longa demais (no máximo 256 caracteres).
error-password-common = Esta senha é comum demais. Escolha uma menos previsível.
error-password-email = A senha não pode conter seu endereço de e-mail.
error-password-mismatch = As duas senhas não coincidem.
error-password-same = A nova senha deve ser diferente da atual.
error-password-wrong = A senha está incorreta.
error-registration-closed = O cadastro está fechado no momento.
error-link-invalid = Este link é inválido, já foi usado ou expirou.
error-self-action = Você não pode fazer isso com a sua própria conta.
error-site-name = Os nomes do site devem ter de 1 a 60 caracteres.
error-language = Escolha um dos idiomas oferecidos.
error-policy-range = O valor de { $field } está fora do intervalo permitido.
error-no-such-account = Nenhuma conta usa este endereço de e-mail.
error-grant-self = Administradores não podem alterar as próprias funções.
error-grant-second-admin = Uma conta só pode ter uma das três funções de administrador.
error-grant-admin-mixed = Contas de administrador não têm outras funções.
error-grant-scope = Esta função não pode ser atribuída nesse escopo.
error-grant-held = A conta já tem esta função.
error-grant-not-held = A conta não tem esta função.

mail-confirm-subject = Confirme seu endereço de e-mail no Yunzhan
mail-confirm-body =
    Olá, { $name },

    Confirme seu endereço de e-mail abrindo este link (válido por 24 horas):

    { $link }

    Se você não se cadastrou, ignore esta mensagem.
mail-exists-subject = Sua conta no Yunzhan
mail-exists-body =
    Alguém tentou se cadastrar com este endereço de e-mail ou passar a usá-lo, mas ele já pertence a uma conta.

    Se foi você e esqueceu sua senha, redefina-a aqui:

    { $link }
mail-reset-subject = Defina uma nova senha no Yunzhan
mail-reset-body =
    Abra este link para definir uma nova senha (válido por uma hora):

    { $link }

    Se você não fez essa solicitação, ignore esta mensagem; sua senha continuará a mesma.
mail-password-changed-subject = Sua senha do Yunzhan foi alterada
mail-password-changed-body = Sua senha acabou de ser alterada. Se não foi você, redefina sua senha imediatamente e entre em contato com o organizador.
mail-change-email-subject = Confirme seu novo endereço de e-mail
mail-change-email-body =
    Abra este link para usar este endereço na sua conta do Yunzhan (válido por 24 horas):

    { $link }
mail-email-notice-subject = O endereço de e-mail da sua conta do Yunzhan está sendo alterado
mail-email-notice-body = Alguém solicitou a alteração do endereço de e-mail da sua conta para { $email }. Se não foi você, altere sua senha agora.

# Feiras, pavilhões e estandes
nav-fairs = Feiras
breadcrumb = Trilha de navegação
fairs-title = Feiras
fairs-none = Nenhuma feira foi anunciada ainda.
fair-create = Criar uma feira
fair-create-submit = Criar a feira
fair-manage = Gerenciar a feira
fair-details = Detalhes e fases da feira
fair-halls = Pavilhões
fair-halls-closed = Os pavilhões abrem com a cerimônia de abertura; até lá, você pode ver as plantas.
fair-no-halls = Nenhum pavilhão ainda.
fair-schedule = Programação
fair-featured = Expositores em destaque
fair-new-products = Novos produtos
search-label = Pesquisar expositores e produtos
search-submit = Pesquisar
search-title = Pesquisa
search-title-for = Resultados para “{ $q }”
search-found = { $count ->
    [0] Nada encontrado. Tente menos palavras ou outras.
    [one] Um resultado
   *[other] { $count } resultados
}
search-exhibitors = Expositores
search-products = Produtos
fair-slug = Nome curto no endereço
fair-slug-hint = De 3 a 40 letras minúsculas, dígitos e hifens, por exemplo canton-2027. Não poderá ser alterado depois.
fair-name-zh = Nome (chinês)
fair-name-en = Nome (inglês)
fair-description-zh = Descrição (chinês)
fair-description-en = Descrição (inglês)
fair-time-zone = Fuso horário
fair-time-zone-hint = Um fuso horário IANA, como Asia/Shanghai; as datas abaixo seguem esse fuso.
fair-languages = Idiomas da feira
fair-phases = Fases
fair-registration-opens = Abertura das inscrições
fair-opening = Cerimônia de abertura
fair-show-days = Início dos dias de feira
fair-trade-week = Início da semana de negócios
fair-service-period = Início do mês de serviços
fair-closes = Encerramento da feira
phase-upcoming = Em breve
phase-pre-show = Antes da feira
phase-opening = Cerimônia de abertura
phase-show-days = Dias de feira
phase-trade-week = Semana de negócios
phase-service-period = Mês de serviços
phase-post-show = Encerrada
hall-label = Pavilhão { $code }
hall-chapters = Capítulos HS
hall-free =
    { $count ->
        [one] { $count } livre
       *[other] { $count } livres
    }
hall-booths =
    { $count ->
        [one] { $count } estande
       *[other] { $count } estandes
    }
hall-plan = Planta do pavilhão: selecione um estande para visitá-lo
hall-booth-list = Todos os estandes em lista
hall-add = Adicionar um pavilhão
hall-code = Número do pavilhão
hall-name-zh = Nome do pavilhão (chinês)
hall-name-en = Nome do pavilhão (inglês)
hall-chapters-input = Capítulos HS (separados por vírgulas)
hall-rows = Fileiras de estandes
hall-cols = Estandes por fileira
hall-premium-rows = Fileiras premium (à frente)
hall-add-submit = Adicionar o pavilhão e seus estandes
booth-label = Estande { $code }
booth-free = Livre
booth-requested = Solicitado
booth-booked = Reservado
booth-premium = Premium
booth-standard = Padrão
booth-code = Estande
booth-kind = Tipo
booth-status = Status
notice-hall-added = O pavilhão e seus estandes foram adicionados.
error-fair-slug = O nome curto deve ter de 3 a 40 letras minúsculas, dígitos e hifens.
error-fair-slug-taken = Outra feira já usa este nome curto.
error-fair-name = Informe os nomes da feira (no máximo 120 caracteres cada).
error-time-zone = Informe um fuso horário IANA conhecido, como Asia/Shanghai.
error-fair-languages = Escolha pelo menos um idioma.
error-fair-dates = Informe a data e a hora de cada fase.
error-fair-order = As fases devem seguir a ordem cronológica.
error-hall-code = O número do pavilhão tem um ou dois dígitos.
error-hall-code-taken = Esta feira já tem um pavilhão com este número.
error-hall-name = Informe os nomes do pavilhão (no máximo 80 caracteres cada).
error-hs-code = “{ $code }” não é um código HS.
error-hall-chapters = Informe pelo menos um capítulo HS.
error-hall-grid = As fileiras devem ser de 1 a 26, os estandes por fileira de 1 a 40 e as fileiras premium de 0 a 26.
error-uscc-length = Um Código Unificado de Crédito Social tem 18 caracteres.
error-uscc-character = O Código Unificado de Crédito Social contém um caractere não permitido.
error-uscc-check = O Código Unificado de Crédito Social não é válido (caractere de verificação incorreto).
error-uscc-org-check = O código de organização contido no Código Unificado de Crédito Social não é válido.

# Cadastro e análise de expositores
org-register = Cadastre sua organização
org-register-intro = Os expositores cadastram sua empresa com o Código Unificado de Crédito Social e a licença comercial; os revisores do organizador fazem a verificação.
org-register-submit = Cadastrar
org-name-zh = Razão social (chinês)
org-name-en = Razão social (inglês)
org-uscc = Código Unificado de Crédito Social
org-uscc-hint = O código de 18 caracteres que consta na licença comercial, por exemplo 91350100M000100Y43.
org-contact-name = Pessoa de contato
org-contact-email = E-mail de contato
org-industries = Setores (códigos HS)
org-industries-hint = Capítulos ou códigos HS separados por vírgulas, por exemplo 94, 9403.60.
org-markets = Mercados-alvo
org-markets-hint = Códigos de país de duas letras separados por vírgulas, por exemplo US, DE, AE.
org-languages = Idiomas
org-status = Status
org-status-draft = Rascunho
org-status-submitted = Em análise
org-status-approved = Verificada
org-status-rejected = Alterações necessárias
org-verified = Expositor verificado
org-review-reason = Observação do revisor
org-licence = Licença comercial
org-licence-view = Ver a licença
org-licence-none = Nenhuma licença enviada ainda.
org-licence-file = Arquivo da licença
org-licence-hint = Uma imagem (JPEG, PNG, WebP) ou um PDF de no máximo 20 MB. Metadados da imagem, como a localização, são removidos.
org-licence-upload = Enviar
org-submit = Enviar para análise
org-profile = Perfil da empresa
notice-licence-uploaded = A licença foi enviada.
notice-org-submitted = Enviado. Você receberá a resposta dos revisores por e-mail.
notice-org-approved = A organização foi aprovada.
notice-org-rejected = A organização foi devolvida com a sua observação.
review-title = Análise de expositores
review-empty = Nada aguardando análise.
review-reason = Observação para o expositor
review-reason-hint = Obrigatória ao rejeitar: diga o que precisa ser corrigido.
review-approve = Aprovar
review-reject = Rejeitar
error-org-name = Informe as duas razões sociais (no máximo 200 caracteres cada).
error-org-contact = Informe uma pessoa de contato.
error-org-industries = Informe pelo menos um setor como código HS.
error-country-code = “{ $code }” não é um código de país de duas letras.
error-language-tag = “{ $tag }” não é uma etiqueta de idioma.
error-uscc-taken = Já existe uma organização cadastrada com este Código Unificado de Crédito Social.
error-org-under-review = Não pode ser alterado enquanto uma candidatura da organização aguarda revisão.
error-licence-missing = Envie primeiro a licença comercial.
error-licence-type = A licença deve ser uma imagem (JPEG, PNG, WebP) ou um PDF.
error-licence-image = Não foi possível ler a imagem da licença.
error-licence-pdf = Não foi possível aceitar o PDF (está danificado ou contém scripts).
error-review-reason = Informe um motivo ao rejeitar.
error-org-not-submitted = Esta organização não está aguardando análise.
mail-org-submitted-subject = { $org } candidatou-se a expor em { $fair }
mail-org-submitted-body = A sua organização { $org } candidatou-se a expor em { $fair }. Escreveremos quando os revisores da feira tiverem decidido.
mail-org-approved-subject = { $org } é expositor verificado de { $fair }
mail-org-approved-body = A sua organização { $org } foi aprovada como expositor de { $fair }. Aí tem o selo de verificada, os seus produtos podem ser publicados e os organizadores podem confirmar os seus stands.
mail-org-rejected-subject = { $org }: a candidatura a { $fair } precisa de alterações
mail-org-rejected-body =
    Os revisores devolveram { $org } com esta observação:

    { $reason }

    Faça as correções na página da sua organização e envie novamente.

# Reserva de estandes
booth-exhibitor = Expositor
booth-request-for = Solicitar este estande para { $org }
booth-requests = Solicitações de estande
booth-requests-none = Nenhuma solicitação de estande aguardando decisão.
notice-booth-approved = O estande está reservado.
notice-booth-rejected = A solicitação foi rejeitada; o estande está livre novamente.
error-booth-unverified = Carregue a licença comercial antes de pedir stands.
error-booking-closed = Os estandes só podem ser solicitados antes da abertura da feira.
error-booth-taken = Outro expositor acabou de solicitar este estande.
error-booth-limit = Sua organização já tem o número máximo de estandes permitido nesta feira.
error-booth-not-requested = Este estande não tem nenhuma solicitação pendente.
mail-booth-approved-subject = O estande { $booth } é seu
mail-booth-approved-body = O organizador aprovou sua solicitação: o estande { $booth } está reservado para a sua organização.
mail-booth-rejected-subject = O estande { $booth } não foi confirmado
mail-booth-rejected-body = O organizador não confirmou sua solicitação do estande { $booth }. Você pode solicitar outro estande livre.

# Equipe do expositor
staff-title = Equipe
staff-invite = Convidar um colega
staff-invite-submit = Enviar o convite
staff-remove = Remover
staff-pending = Convite enviado
notice-invite-sent = Um convite foi enviado para { $email }.
notice-staff-removed = O membro da equipe foi removido.
invite-title = Convite
invite-intro = Você foi convidado para participar de
invite-as = Você participará como
invite-accept = Aceitar o convite
invite-sign-in = Para aceitar, entre (ou cadastre-se) com o endereço de e-mail convidado.
error-invite-other-account = Este convite é para outro endereço de e-mail. Entre com o endereço convidado.
mail-staff-invite-subject = Participe de { $org } no Yunzhan
mail-staff-invite-body =
    Você foi convidado para participar de { $org } como membro da equipe de expositor. Abra este link (válido por 7 dias) e aceite o convite estando conectado com este endereço de e-mail:

    { $link }

# Perfil do visitante e privacidade
profile-title = Perfil do visitante e privacidade
profile-intro = Conte aos expositores o que você compra e escolha o que eles podem ver sobre você. Você pode alterar isso a qualquer momento.
profile-country = País (duas letras)
profile-country-hint = Código de país de duas letras, p. ex. DE, BR ou AE.
profile-company = Empresa
profile-job = Cargo
profile-interests = Interesses de compra (códigos HS)
profile-volume = Volume anual de compras
profile-phone = Telefone
profile-social = Redes sociais
profile-social-hint = Por exemplo, IDs de WeChat, WhatsApp ou LinkedIn. Armazenados com criptografia.
profile-consent = O que os expositores podem ver e envio de leads
consent-show_name = Meu nome
consent-show_company = Minha empresa e meu cargo
consent-show_email = Meu endereço de e-mail
consent-show_phone = Meu número de telefone
consent-show_social = Minhas redes sociais
consent-lead_push = Expositores compatíveis com meus interesses podem entrar em contato comigo (envio de leads)
volume-unset = Não informado
volume-lt_100k = Menos de 100.000 USD
volume-100k_1m = 100.000 – 1 milhão de USD
volume-1m_10m = 1 – 10 milhões de USD
volume-gt_10m = Mais de 10 milhões de USD
account-download = Baixar meus dados
delete-title = Excluir minha conta
delete-intro = Isso exclui sua conta, seu perfil, suas sessões, seu histórico de acessos e as organizações das quais você é o único proprietário, com os respectivos arquivos. Não é possível desfazer. Os registros de auditoria de segurança mantêm o ID anônimo da sua conta, conforme exigido por lei.
delete-submit = Excluir minha conta definitivamente
error-phone = Um número de telefone tem no máximo 30 dígitos, espaços e + - ( ).
error-admin-delete = Contas de administrador são removidas pelo operador, não pelos próprios administradores.
visitors-title = Visitantes e visitantes profissionais
visitors-verify = Verificar como visitante profissional
visitors-unverify = Retirar
notice-trade-verified = O visitante agora é um visitante profissional verificado.
notice-trade-unverified = A verificação de visitante profissional foi retirada.

# Produtos expostos
exhibits-title = Produtos expostos
exhibits-none = Nenhum produto ainda.
exhibit-new = Novo produto
exhibit-create = Criar o produto
exhibit-edit = Editar o produto
exhibit-details = Detalhes
exhibit-view = Ver a página
exhibit-draft = Rascunho
exhibit-published = Publicado
exhibit-publish = Publicar
exhibit-source-lang = Escrito em
exhibit-title-zh = Título (chinês)
exhibit-title-en = Título (inglês)
exhibit-description-zh = Descrição (chinês)
exhibit-description-en = Descrição (inglês)
exhibit-points-zh = Diferenciais (chinês)
exhibit-points-en = Diferenciais (inglês)
exhibit-points = Diferenciais
exhibit-hs = Código HS
exhibit-model = Número do modelo
exhibit-price = Preço
exhibit-price-min = Preço a partir de
exhibit-price-max = Preço até
exhibit-currency = Moeda (código ISO)
exhibit-moq = Quantidade mínima de pedido
exhibit-lead-time = Prazo de entrega
exhibit-days =
    { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
exhibit-incoterms = Incoterms
exhibit-ports = Portos de embarque
exhibit-specs = Especificações
exhibit-specs-hint = Uma por linha, no formato nome: valor.
exhibit-images = Imagens
exhibit-image-file = Imagem (JPEG, PNG, WebP, GIF)
exhibit-untranslated = Este produto ainda não está disponível no seu idioma; ele é exibido no idioma original.
exhibit-machine = Tradução automática, ainda não revisada pelo expositor.
notice-exhibit-published = O produto foi publicado.
notice-image-added = A imagem foi adicionada.
error-exhibit-title = Dê ao produto um título no idioma em que ele foi escrito.
error-currency = Informe a moeda com um código ISO de três letras, como USD ou CNY.
error-price = “{ $value }” não é um preço.
error-price-order = O preço mínimo é maior que o máximo.
error-moq = A quantidade mínima de pedido deve ser um número inteiro.
error-lead-time = O prazo de entrega deve ser um número de dias (no máximo 3650).
error-incoterm = “{ $term }” não é um Incoterm.
error-spec-line = “{ $line }” não tem nome e valor (escreva nome: valor).
error-exhibit-unverified = Os produtos podem ser publicados quando uma feira tiver verificado a organização como expositor.
error-exhibit-published = O produto já está publicado.
error-image-type = Envie uma imagem (JPEG, PNG, WebP ou GIF).

# Exhibit media, review, visibility, favourites
exhibit-media = Mídia
media-open = Abrir
media-purpose = Tipo de arquivo
media-kind-image = Imagem
media-kind-video = Vídeo
media-kind-model = Modelo 3D
media-kind-panorama = Panorama 360°
media-kind-document = Documento (PDF)
media-kind-table = Tabela (CSV ou XLSX)
media-file = Arquivo
media-file-hint = Vídeo: MP4 ou WebM de até 200 MB. 3D: GLB ou glTF com dados incorporados. Panorama: JPEG equirretangular 2:1, com pelo menos 2000 px de largura.
media-poster = Imagem de capa do vídeo (opcional)
media-caption = Legenda
media-model-hint = Arraste para girar, faça pinça ou role para ampliar; no celular, toque no botão AR para colocá-lo no seu ambiente.
media-model-open = Ver o modelo 3D
media-panorama-open = Abrir a vista 360°
media-documents = Documentos
media-table-download = Baixar a tabela
notice-media-added = O arquivo foi adicionado.
error-media-type = Este tipo de arquivo não é aceito aqui.
error-media-wrong-kind = O arquivo é do tipo { $found }, que não corresponde ao tipo escolhido.
error-media-too-large = O arquivo é grande demais: no máximo { $mb } MB.
error-media-dimensions = A imagem tem pixels demais.
error-media-video = Não é um vídeo MP4 ou WebM reproduzível.
error-media-pdf = Não é possível ler este PDF.
error-media-pdf-active = PDFs com scripts, anexos ou formulários não são aceitos.
error-media-table = Não é possível ler a tabela ou ela é grande demais.
error-media-model = Não é um modelo glTF 2.0 válido.
error-media-model-external = O modelo faz referência a arquivos externos; exporte-o como um único arquivo GLB.
error-media-panorama = Um panorama deve ser um JPEG equirretangular, com o dobro da largura em relação à altura e pelo menos 2000 px de largura.
error-media-unreadable = Não é possível ler o arquivo.
error-media-poster = A capa deve ser uma imagem JPEG, PNG ou WebP.
fair-exhibit-review = Revisar os produtos antes de publicá-los (caso contrário, expositores verificados publicam na hora)
error-exhibit-pending = Este produto já aguarda revisão.
error-exhibit-not-pending = Este produto não aguarda revisão.
mail-exhibit-approved-subject = Seu produto está publicado
mail-exhibit-approved-body = “{ $title }” foi aprovado e já está visível para os visitantes.
mail-exhibit-rejected-subject = Seu produto precisa de alterações
mail-exhibit-rejected-body = “{ $title }” não foi aprovado: { $reason }. Altere-o e publique novamente.
notice-exhibit-submitted = O produto foi enviado para revisão; será publicado após a aprovação.
exhibit-pending = Aguardando revisão
exhibit-rejected = Não aprovado
exhibit-review-title = Produtos aguardando revisão
notice-exhibit-approved = O produto foi aprovado e está publicado.
notice-exhibit-rejected = O produto foi devolvido ao expositor com sua observação.
hidden-title = Não disponível para você
hidden-trade-only = O expositor mostra isto apenas a visitantes profissionais verificados.
hidden-country = O expositor não mostra isto no seu país, ou o seu perfil não informa o país.
hidden-profile-link = Completar meu perfil
favourites-title = Meus favoritos
favourites-exhibitors = Expositores
favourites-products = Produtos
favourites-none = Nada salvo ainda.
favourite-save = Salvar
favourite-saved = Salvo
exhibitor-contact = Enviar e-mail ao expositor
exhibitor-no-products = Ainda não há produtos.
exhibitor-documents = Catálogos e certificados
exhibitor-public-page = Ver minha página pública de expositor
visibility-title = Quem pode ver este produto
visibility-booth-title = Quem pode ver meu estande
visibility-countries = Somente visitantes destes países
visibility-countries-hint = Códigos de país de duas letras separados por vírgulas, ex.: DE, FR, BR. Deixe vazio para todos.
visibility-trade-only = Somente visitantes profissionais verificados
error-country = “{ $code }” não é um código de país de duas letras.

# Catalogue import and export
catalogue-title = Importar e exportar o catálogo
catalogue-hint = Preencha o modelo, um produto por linha, até 10.000 linhas. Nada é salvo a menos que todas as linhas estejam corretas; os produtos são importados como rascunhos. Linhas com id atualizam esse produto.
catalogue-template = Baixar o modelo XLSX
catalogue-import-file = Arquivo do catálogo (XLSX ou CSV)
catalogue-import = Importar
catalogue-export = Exportar o catálogo
catalogue-errors = Células a corrigir
catalogue-row = Linha
catalogue-column = Coluna
catalogue-reason = Problema
catalogue-more = …e mais { $count } problemas.
notice-imported = { $count } produtos foram importados como rascunhos.
error-import-type = Escolha um arquivo XLSX ou CSV.
error-import-empty = O arquivo não tem linhas de produtos.
error-import-header = A primeira linha deve ser o cabeçalho do modelo; falta a coluna { $column }.
error-import-too-many = No máximo { $max } produtos por arquivo.
error-import-cells = Nada foi importado: corrija estas células e envie o arquivo novamente.
error-import-duplicate-id = Este id já foi usado na linha { $row }.
error-import-unknown-id = Nenhum produto seu tem este id; deixe o id vazio para adicionar um novo produto.
catalogue-help = 
    id: vazio para um produto novo; mantenha-o para atualizar um produto exportado
    source_lang: idioma em que escreve: zh-CN ou en
    title_zh, title_en: nome do produto (obrigatório no idioma de origem)
    description_zh, description_en: descrição
    points_zh, points_en: diferenciais
    hs_code: código HS com pelo menos 6 dígitos, ex.: 9401.61
    model_number: número do modelo
    price_min, price_max: faixa de preço, ex.: 25 ou 32.50
    currency: código ISO 4217, ex.: USD
    moq: quantidade mínima do pedido
    lead_time_days: prazo de entrega em dias
    incoterms: ex.: FOB, CIF
    ports: portos de embarque separados por vírgulas
    specs: uma especificação por linha, nome: valor

# Machine translation
exhibit-title = Título
exhibit-description = Descrição
text-machine-draft = Rascunho automático
translate-button = Traduzir os idiomas que faltam
translate-hint = Preenche-os com rascunhos automáticos que você pode editar abaixo.
notice-translated = { $count } idiomas foram preenchidos com rascunhos automáticos; confira abaixo.
error-translate-unavailable = O serviço de tradução não está disponível. Tente mais tarde.
error-admin-target = Somente o administrador de segurança pode bloquear, desbloquear, desativar ou ativar um administrador.
error-grant-admin-server = As três funções de administrador só são concedidas e revogadas no servidor (yunzhan admin grant|revoke).
roles-administrators = Administradores
roles-administrators-intro = Somente você bloqueia, desbloqueia, desativa ou ativa os três administradores. As funções deles são concedidas e revogadas no servidor com yunzhan admin grant|revoke.
roles-on-server = Concedido no servidor
accounts-admin-note = Administrador: gerenciado pelo administrador de segurança
error-review-own-org = Não pode rever a candidatura nem os produtos da sua própria organização.
error-booth-org-unreviewed = Esta organização ainda não é um expositor verificado da feira: os revisores da feira decidem primeiro a candidatura.
error-revision-changed = O expositor alterou este produto entretanto; reveja a nova versão.
error-quota-invitations = No máximo { $max } convites podem estar em aberto ao mesmo tempo.
error-quota-exhibits = Uma organização pode ter no máximo { $max } produtos.
error-quota-media = Um produto pode ter no máximo { $max } ficheiros multimédia.
error-quota-storage = O armazenamento multimédia da sua organização está cheio ({ $max } GB).
error-quota-orgs = Uma conta pode registar no máximo { $max } organizações.
exhibit-edit-pending = alterações a aguardar revisão
review-waiting = A aguardar revisão
review-approved = Aprovado
review-rejected = Rejeitado
exhibit-reviews = Revisão em cada feira
exhibit-reviews-live = Versão publicada
exhibit-reviews-edit = Últimas alterações
exhibit-revision-pending = As suas alterações (versão { $number }) aguardam revisão; até lá os visitantes veem a versão aprovada.
exhibit-revision-rejected = As suas alterações (versão { $number }) foram rejeitadas: veja os motivos abaixo, altere o produto e guarde para o enviar de novo.
fair = Feira
review-edit = Alterações a um produto publicado
review-after = Depois
review-before = Antes
review-changes = O que mudou
review-field = Campo
review-new = Produto novo
review-new-media = Ficheiros multimédia novos nesta versão: { $count }
review-revision = Versão { $number }
exhibit-preview = Pré-visualização: os visitantes ainda não veem esta versão.
fair-register = Inscrever-se nesta feira
fair-register-hint = A inscrição é gratuita. Permite aos organizadores verificá-lo como comprador profissional, o que abre os produtos reservados a visitantes profissionais.
fair-register-sign-in = Inicie sessão para se inscrever nesta feira
fair-registered = Está inscrito nesta feira.
fair-registered-trade = Está inscrito nesta feira como visitante profissional verificado.
booth-org-review-first = Ainda não verificada: os revisores da feira decidem primeiro a candidatura.
org-applications = Candidaturas a feiras
org-applications-hint = Pedir um stand é candidatar-se a expor nessa feira; os revisores de cada feira verificam a sua organização.
org-applications-licence-first = Carregue a licença comercial antes de pedir um stand.
org-frozen = O perfil não pode ser alterado enquanto uma candidatura aguarda revisão.
application-applied = A aguardar revisão
application-approved = Expositor verificado
application-rejected = Rejeitada
notice-exhibit-revision = Guardado. As alterações ficam públicas quando os revisores da feira as aprovarem; até lá os visitantes veem a versão aprovada.

meta-description = Feira comercial online Yunzhan: expositores, produtos, estandes em 3D e 360°, reuniões com compradores de todos os países.
