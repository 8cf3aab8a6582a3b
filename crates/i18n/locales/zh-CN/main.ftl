# 云展 — 简体中文。键须与 en/main.ftl 一致（有测试检查）。

site-name = 云展
skip-to-content = 跳到正文
nav-main = 主导航
nav-home = 首页
nav-account = 我的账户
nav-admin = 系统管理
nav-login = 登录
nav-logout = 退出登录
nav-register = 注册
language = 语言
language-apply = 切换
footer-tagline = 云展——可自行部署的线上数字展会平台。
footer-api = 接口文档（OpenAPI）
footer-demo-mail = 演示邮箱
search = 搜索
save = 保存
form-has-errors = 请修改以下内容：

home-title = 线上数字展会
home-lead = 数字展馆与展位，图文、视频、3D 与 360° 全景展品，供采对接、在线洽谈与直播——部署在您自己的服务器上。
home-cta-register = 注册账户
home-cta-login = 登录
home-features = 平台功能
feature-halls = 数字展馆与展位
feature-halls-text = 按行业逛展、进入展位，以图片、视频、3D、AR 与 360° 全景查看展品。
feature-search = 搜索
feature-search-text = 按关键词、HS 编码、企业名称或类别查找展商、采购商与展品。
feature-match = 供采对接与询盘
feature-match-text = 可解释的智能推荐撮合买卖双方；发布采购需求，接收报价。
feature-meet = 即时通讯与视频会议
feature-meet-text = 一对一或多方洽谈，按需配备翻译。
feature-live = 直播与论坛
feature-live-text = 贸易周展厅与生产线直播、主题论坛及开幕式。
feature-data = 数据大屏与报告
feature-data-text = 为主办方、展商和主管部门提供实时数据与开放导出。
home-trust = 数据归您所有
home-trust-text = 自主部署、传输加密，管理员三权分立，审计日志防篡改。

field-email = 电子邮箱
field-display-name = 姓名
field-password = 密码
field-password-confirm = 再次输入密码
field-current-password = 当前密码
field-new-password = 新密码
field-new-email = 新电子邮箱
field-totp-code = 6 位验证码
password-hint = 至少 12 个字符，常见密码将被拒绝。

register-title = 注册账户
register-submit = 注册
register-have-account = 已有账户？
register-profile = 关于您（选填）
register-profile-hint = 展商和配对服务据此了解您的采购需求。请勾选允许展商查看的信息；之后可在“我的资料”中修改。
register-done-title = 请查收邮件
register-done-text = 如果 { $email } 可以注册，我们已向其发送确认链接。请点击链接激活账户。
confirm-done-title = 邮箱已确认
confirm-done-text = 您的电子邮箱已确认，现在可以登录了。
confirm-failed-title = 链接无效
email-changed-text = 您的电子邮箱已更改。

login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？

forgot-title = 忘记密码
forgot-intro = 请输入您的电子邮箱，我们将发送设置新密码的链接。
forgot-submit = 发送链接
forgot-done-title = 请查收邮件
forgot-done-text = 如果该邮箱对应某个账户，设置新密码的链接已经发出，一小时内有效。

reset-title = 设置新密码
reset-submit = 保存新密码
reset-done-title = 密码已更改
reset-done-text = 新密码已保存，所有会话均已退出。请使用新密码登录。

totp-title = 两步验证
totp-intro = 请输入身份验证器应用中显示的 6 位验证码。
totp-submit = 验证
enrol-title = 设置两步验证
enrol-intro = 管理员须使用密码和身份验证器应用中的验证码登录。请用应用扫描此二维码，然后输入其显示的验证码。
enrol-qr-label = 身份验证器应用的二维码
enrol-manual = 无法扫码？请手动输入此密钥：
enrol-submit = 确认

account-title = 我的账户
account-roles = 角色
account-orgs = 我的企业
account-fairs = 我参与管理的展会
account-change-password = 修改密码
account-change-email = 修改电子邮箱
account-sessions = 会话与设备
account-logins = 登录记录
password-title = 修改密码
password-forced = 继续使用前，您必须设置新密码。
password-submit = 修改密码
email-title = 修改电子邮箱
email-intro = 我们将向新邮箱发送确认链接，点击后更改生效。
email-submit = 发送确认链接
reauth-title = 身份确认
reauth-intro = 为了您的安全，请再次输入密码以继续。
reauth-submit = 继续
sessions-title = 会话与设备
sessions-device = 设备
sessions-ip = IP 地址
sessions-started = 开始时间
sessions-last-seen = 最近活动
sessions-actions = 操作
sessions-this = 当前设备
sessions-end = 结束会话
sessions-end-others = 退出其他所有会话
logins-title = 登录记录
logins-time = 时间
logins-result = 结果
login-result-success = 登录成功
login-result-password-ok = 密码正确
login-result-bad-password = 密码错误
login-result-bad-totp = 验证码错误
login-result-bad-reauth = 密码错误（身份确认）
login-result-locked = 拒绝：账户已锁定
login-result-unknown-account = 账户不存在
notice-password-changed = 密码已修改，其他会话已退出。
notice-email-sent = 确认链接已发送至新邮箱。
notice-session-ended = 该会话已结束。
notice-sessions-ended = 其他所有会话均已结束。
notice-saved = 已保存。

admin-title = 系统管理
admin-you-are = 您当前的身份是{ $role }。
admin-not-admin = 您没有管理员角色。
admin-nothing = 此处没有您角色可用的功能。
role-system-admin = 系统管理员
role-security-admin = 安全管理员
role-audit-admin = 审计管理员
role-organizer = 主办方
role-organizer-admin = 主办方管理员
role-reviewer = 审核员
role-host = 主持人
role-support-agent = 客服
role-legal-advisor = 法律顾问
role-interpreter = 翻译
role-exhibitor-owner = 展商负责人
role-exhibitor-staff = 展商员工
role-visitor = 观众
role-trade-visitor = 专业观众
scope-platform = 平台
scope-fair = 展会
scope-organisation = 机构

accounts-title = 账户管理
accounts-search = 按邮箱或姓名搜索
accounts-status = 状态
accounts-last-login = 最近登录
accounts-lock = 锁定
accounts-unlock = 解锁
accounts-disable = 停用
accounts-enable = 启用
accounts-create = 创建账户
accounts-create-intro = 新账户获得一次性密码（仅显示一次），首次登录时必须修改。
accounts-create-submit = 创建
accounts-created = 账户 { $email } 已创建。一次性密码：{ $password }
accounts-updated = 账户 { $email } 已更新。
status-active = 正常
status-disabled = 已停用
status-locked = 已锁定
status-unconfirmed = 邮箱未确认

settings-title = 站点配置
settings-site-name-zh = 站点名称（中文）
settings-site-name-en = 站点名称（英文）
settings-registration-open = 开放注册
settings-default-lang = 默认语言

roles-title = 角色与权限
roles-role = 角色
roles-scope = 范围
roles-scope-id = 范围标识（展会或机构）
roles-grant = 授予角色
roles-grant-submit = 授予
roles-revoke = 撤销
roles-granted = 已向 { $email } 授予角色，其会话已结束。
roles-revoked = 已撤销 { $email } 的角色，其会话已结束。

policy-title = 安全策略
policy-lockout-threshold = 连续登录失败多少次后锁定账户（3–20）
policy-lockout-minutes = 锁定时长（分钟）
policy-admin-idle = 管理员空闲超时（分钟，5–30）
policy-admin-absolute = 管理员会话上限（小时，1–12）
policy-user-idle = 用户空闲超时（天）
policy-user-absolute = 用户会话上限（天）
policy-inactive = 停用多少天未使用的账户（0 表示不停用）
policy-reauth = 身份确认的有效时间（分钟）

audit-title = 审计日志
audit-from = 起始日期
audit-to = 截止日期
audit-actor = 操作人（邮箱或标识）
audit-action = 操作
audit-outcome = 结果
audit-any = 全部
audit-success = 成功
audit-failure = 失败
audit-role = 角色
audit-target = 对象
audit-detail = 详情
audit-export = 导出 CSV
audit-verify = 校验哈希链
audit-older = 更早的记录
audit-verify-ok = 审计哈希链完整：已校验 { $count } 条记录。
audit-verify-broken = 审计哈希链已损坏：{ $problem }

devmail-title = 演示邮箱
devmail-intro = 演示模式下不真正发送邮件，邮件保存在这里。
devmail-empty = 暂无邮件。
devmail-to = 收件人：

error-back-home = 返回首页
error-title-bad-request = 请求有误
error-title-unauthorized = 请先登录
error-title-forbidden = 无权操作
error-title-not-found = 页面不存在
error-title-conflict = 冲突
error-title-too-large = 内容过大
error-title-rate-limited = 尝试次数过多
error-title-unavailable = 暂时无法使用
error-title-internal = 出错了
error-bad-request = 无法理解该请求，请检查您输入的内容。
error-method = 此处不支持该操作。
error-unauthorized = 请登录后继续。
error-forbidden = 您没有执行此操作的权限。
error-not-found = 未找到您要访问的内容。
error-conflict = 该内容已存在。
error-rate-limited = 尝试次数过多，请在 { $seconds } 秒后重试。
error-csrf = 表单已过期或来自其他网站，请刷新页面后重试。
error-admin-tls = 管理功能仅能通过安全连接（HTTPS）访问。
error-too-large = 提交的内容过大。
error-internal = 发生意外错误，已记录，请重试。
error-unavailable = 服务暂时不可用，请稍后重试。
error-login-failed = 电子邮箱或密码不正确。
error-account-locked = 该账户已被管理员锁定，请联系平台客服。
error-account-disabled = 该账户已停用，请联系主办方。
error-email-unconfirmed = 请先确认电子邮箱：点击我们发送给您的链接。
error-totp-invalid = 验证码不正确，请检查身份验证器应用后重试。
error-email-invalid = 请输入有效的电子邮箱。
error-email-same = 这已经是您的电子邮箱。
error-email-taken = 该电子邮箱已被其他账户使用。
error-display-name = 请输入 1 到 100 个字符的姓名。
error-password-short = 密码至少需要 12 个字符。
error-password-long = 密码过长（最多 256 个字符）。
error-password-common = 该密码过于常见，请选择不易猜到的密码。
error-password-email = 密码不能包含您的电子邮箱。
error-password-mismatch = 两次输入的密码不一致。
error-password-same = 新密码不能与当前密码相同。
error-password-wrong = 密码不正确。
error-registration-closed = 目前暂停注册。
error-link-invalid = 该链接无效、已使用或已过期。
error-self-action = 您不能对自己的账户执行此操作。
error-site-name = 站点名称须为 1 到 60 个字符。
error-language = 请选择所提供的语言之一。
error-policy-range = { $field } 的取值超出允许范围。
error-no-such-account = 没有使用该电子邮箱的账户。
error-grant-self = 管理员不能更改自己的角色。
error-grant-second-admin = 一个账户只能担任三类管理员中的一种。
error-grant-admin-mixed = 管理员账户不能兼任其他角色。
error-grant-scope = 该角色不能在此范围内授予。
error-grant-held = 该账户已拥有此角色。
error-grant-not-held = 该账户没有此角色。

mail-confirm-subject = 请确认您在云展的电子邮箱
mail-confirm-body =
    { $name }，您好：

    请打开以下链接确认您的电子邮箱（24 小时内有效）：

    { $link }

    如果您没有注册，请忽略本邮件。
mail-exists-subject = 您的云展账户
mail-exists-body =
    有人尝试使用此电子邮箱注册或更换邮箱，但该邮箱已属于一个账户。

    如果是您本人且忘记了密码，请在此重置：

    { $link }
mail-reset-subject = 设置云展新密码
mail-reset-body =
    请打开以下链接设置新密码（一小时内有效）：

    { $link }

    如果不是您本人申请，请忽略本邮件，您的密码不会改变。
mail-password-changed-subject = 您的云展密码已更改
mail-password-changed-body = 您的密码刚刚被更改。如果不是您本人操作，请立即重置密码并联系主办方。
mail-change-email-subject = 请确认您的新电子邮箱
mail-change-email-body =
    请打开以下链接，将此邮箱用于您的云展账户（24 小时内有效）：

    { $link }
mail-email-notice-subject = 您的云展电子邮箱正在更改
mail-email-notice-body = 有人申请将您账户的电子邮箱更改为 { $email }。如果不是您本人操作，请立即修改密码。

# Fairs, halls and booths
nav-fairs = 展会
breadcrumb = 面包屑导航
fairs-title = 展会
fairs-none = 暂无已发布的展会。
fair-create = 创建展会
fair-create-submit = 创建展会
fair-manage = 管理展会
fair-details = 展会信息与阶段
fair-halls = 展馆
fair-halls-closed = 展馆将于开幕式时开放，此前可查看平面图。
fair-no-halls = 暂无展馆。
fair-schedule = 日程
fair-featured = 推荐展商
fair-new-products = 新品
search-label = 搜索展商和展品
search-submit = 搜索
search-title = 搜索
search-title-for = “{ $q }”的搜索结果
search-found = { $count ->
    [0] 没有找到结果。请减少或更换关键词。
   *[other] 共 { $count } 条结果
}
search-exhibitors = 展商
search-products = 展品
fair-slug = 网址简称
fair-slug-hint = 3 到 40 个小写字母、数字或连字符，例如 canton-2027。创建后不可更改。
fair-name-zh = 名称（中文）
fair-name-en = 名称（英文）
fair-description-zh = 简介（中文）
fair-description-en = 简介（英文）
fair-time-zone = 时区
fair-time-zone-hint = IANA 时区，例如 Asia/Shanghai；以下日期均按此时区填写。
fair-languages = 展会语言
fair-phases = 阶段
fair-registration-opens = 开放注册
fair-opening = 开幕式
fair-show-days = 展期开始
fair-trade-week = 贸易周开始
fair-service-period = 服务月开始
fair-closes = 展会结束
phase-upcoming = 即将举办
phase-pre-show = 展前
phase-opening = 开幕式
phase-show-days = 展期
phase-trade-week = 贸易周
phase-service-period = 服务月
phase-post-show = 已闭幕
hall-label = { $code } 号馆
hall-chapters = HS 章
hall-free = 空闲 { $count } 个
hall-booths = { $count } 个展位
hall-plan = 展馆平面图：选择展位即可进入
hall-booth-list = 以列表查看全部展位
hall-add = 添加展馆
hall-code = 展馆编号
hall-name-zh = 展馆名称（中文）
hall-name-en = 展馆名称（英文）
hall-chapters-input = HS 章（以逗号分隔）
hall-rows = 展位排数
hall-cols = 每排展位数
hall-premium-rows = 前排特装排数
hall-add-submit = 添加展馆及展位
booth-label = 展位 { $code }
booth-free = 空闲
booth-requested = 已申请
booth-booked = 已预订
booth-premium = 特装
booth-standard = 标准
booth-code = 展位
booth-kind = 类型
booth-status = 状态
notice-hall-added = 展馆及其展位已添加。
error-fair-slug = 网址简称须为 3 到 40 个小写字母、数字或连字符。
error-fair-slug-taken = 该网址简称已被其他展会使用。
error-fair-name = 请填写展会名称（每种语言最多 120 个字符）。
error-time-zone = 请输入有效的 IANA 时区，例如 Asia/Shanghai。
error-fair-languages = 请至少选择一种语言。
error-fair-dates = 请填写每个阶段的日期和时间。
error-fair-order = 各阶段须按时间先后排列。
error-hall-code = 展馆编号为一到两位数字。
error-hall-code-taken = 本展会已有该编号的展馆。
error-hall-name = 请填写展馆名称（每种语言最多 80 个字符）。
error-hs-code = “{ $code }”不是有效的 HS 编码。
error-hall-chapters = 请至少填写一个 HS 章。
error-hall-grid = 排数须为 1–26，每排展位数 1–40，特装排数 0–26。
error-uscc-length = 统一社会信用代码为 18 位。
error-uscc-character = 统一社会信用代码含有不允许的字符。
error-uscc-check = 统一社会信用代码无效（校验码错误）。
error-uscc-org-check = 统一社会信用代码中的组织机构代码无效。

# Exhibitor onboarding and review
org-register = 注册参展企业
org-register-intro = 参展商以统一社会信用代码和营业执照注册企业，由主办方审核员审核。
org-register-submit = 注册
org-name-zh = 企业法定名称（中文）
org-name-en = 企业法定名称（英文）
org-uscc = 统一社会信用代码
org-uscc-hint = 营业执照上的 18 位代码，例如 91350100M000100Y43。
org-contact-name = 联系人
org-contact-email = 联系邮箱
org-industries = 行业（HS 编码）
org-industries-hint = HS 章或编码，以逗号分隔，例如 94, 9403.60。
org-markets = 目标市场
org-markets-hint = 两位国家代码，以逗号分隔，例如 US, DE, AE。
org-languages = 语言
org-status = 状态
org-status-draft = 草稿
org-status-submitted = 审核中
org-status-approved = 已认证
org-status-rejected = 需修改
org-verified = 认证展商
org-review-reason = 审核意见
org-licence = 营业执照
org-licence-view = 查看执照
org-licence-none = 尚未上传执照。
org-licence-file = 执照文件
org-licence-hint = 图片（JPEG、PNG、WebP）或 PDF，最大 20 MB。图片中的位置等元数据会被清除。
org-licence-upload = 上传
org-submit = 提交审核
org-profile = 企业资料
notice-licence-uploaded = 执照已上传。
notice-org-submitted = 已提交，审核结果将通过邮件通知您。
notice-org-approved = 该企业已通过审核。
notice-org-rejected = 已退回该企业并附上您的意见。
review-title = 展商审核
review-empty = 暂无待审核企业。
review-reason = 给展商的意见
review-reason-hint = 驳回时必填：说明需要修改的内容。
review-approve = 通过
review-reject = 驳回
error-org-name = 请填写中英文法定名称（每种最多 200 个字符）。
error-org-contact = 请填写联系人。
error-org-industries = 请至少以 HS 编码填写一个行业。
error-country-code = “{ $code }”不是两位国家代码。
error-language-tag = “{ $tag }”不是有效的语言标记。
error-uscc-taken = 已有企业使用该统一社会信用代码注册。
error-org-under-review = 企业的参展申请审核期间无法修改。
error-licence-missing = 请先上传营业执照。
error-licence-type = 执照须为图片（JPEG、PNG、WebP）或 PDF。
error-licence-image = 无法读取执照图片。
error-licence-pdf = 无法接受该 PDF（文件损坏或含有脚本）。
error-review-reason = 驳回时请填写理由。
error-org-not-submitted = 该企业不在待审核状态。
mail-org-submitted-subject = { $org } 已申请参加 { $fair }
mail-org-submitted-body = 您的企业 { $org } 已申请参加 { $fair }，展会审核员审核完成后我们会写信通知您。
mail-org-approved-subject = { $org } 已成为 { $fair } 的认证展商
mail-org-approved-body = 您的企业 { $org } 已通过 { $fair } 的参展审核，在该展会获得认证标识，展品可以上线，主办方可以确认其展位。
mail-org-rejected-subject = { $org }：参加 { $fair } 的申请需要修改
mail-org-rejected-body =
    审核员退回了 { $org }，意见如下：

    { $reason }

    请在企业页面修改后重新提交。

# Booth booking
booth-exhibitor = 展商
booth-request-for = 为 { $org } 申请此展位
booth-requests = 展位申请
booth-requests-none = 暂无待处理的展位申请。
notice-booth-approved = 展位已预订。
notice-booth-rejected = 申请已驳回，展位重新空闲。
error-booth-unverified = 申请展位前请先上传营业执照。
error-booking-closed = 只能在展会开幕前申请展位。
error-booth-taken = 其他展商刚刚申请了该展位。
error-booth-limit = 贵企业在本展会的展位数已达上限。
error-booth-not-requested = 该展位没有待处理的申请。
mail-booth-approved-subject = 展位 { $booth } 已归您所有
mail-booth-approved-body = 主办方已批准您的申请：展位 { $booth } 已为贵企业预订。
mail-booth-rejected-subject = 展位 { $booth } 未获确认
mail-booth-rejected-body = 主办方未确认您对展位 { $booth } 的申请，您可以申请其他空闲展位。

# Exhibitor staff
staff-title = 员工
staff-invite = 邀请同事
staff-invite-submit = 发送邀请
staff-remove = 移除
staff-pending = 已发送邀请
notice-invite-sent = 已向 { $email } 发送邀请。
notice-staff-removed = 已移除该员工。
invite-title = 邀请
invite-intro = 邀请您加入
invite-as = 您将以此身份加入：
invite-accept = 接受邀请
invite-sign-in = 请使用受邀邮箱登录（或注册）后接受邀请。
error-invite-other-account = 该邀请属于其他邮箱，请使用受邀邮箱登录。
mail-staff-invite-subject = 加入云展上的 { $org }
mail-staff-invite-body =
    { $org } 邀请您加入其参展团队。请打开以下链接（7 天内有效），并在使用本邮箱登录后接受邀请：

    { $link }

# Visitor profile and privacy
profile-title = 观众资料与隐私
profile-intro = 告诉展商您采购什么，并选择他们能看到您的哪些信息。您可随时修改。
profile-country = 国家或地区（两位字母）
profile-country-hint = 两位国家或地区代码，例如 DE、BR 或 AE。
profile-company = 公司
profile-job = 职位
profile-interests = 采购意向（HS 编码）
profile-volume = 年采购额
profile-phone = 电话
profile-social = 社交账号
profile-social-hint = 例如微信、WhatsApp 或领英账号。加密存储。
profile-consent = 展商可见内容与线索推送
consent-show_name = 我的姓名
consent-show_company = 我的公司和职位
consent-show_email = 我的电子邮箱
consent-show_phone = 我的电话
consent-show_social = 我的社交账号
consent-lead_push = 与我的采购意向匹配的展商可以联系我（线索推送）
volume-unset = 未填写
volume-lt_100k = 10 万美元以下
volume-100k_1m = 10 万至 100 万美元
volume-1m_10m = 100 万至 1000 万美元
volume-gt_10m = 1000 万美元以上
account-download = 下载我的数据
delete-title = 注销账户
delete-intro = 这将删除您的账户、资料、会话、登录记录，以及仅由您拥有的企业及其文件，且无法恢复。依法要求，安全审计记录会保留您账户的匿名标识。
delete-submit = 永久注销账户
error-phone = 电话号码最多 30 位，只能包含数字、空格和 + - ( )。
error-admin-delete = 管理员账户须由运维人员删除，不能自行注销。
visitors-title = 观众与专业观众
visitors-verify = 认证为专业观众
visitors-unverify = 撤销
notice-trade-verified = 该观众已认证为专业观众。
notice-trade-unverified = 已撤销专业观众认证。

# Exhibits
exhibits-title = 展品
exhibits-none = 暂无展品。
exhibit-new = 新建展品
exhibit-create = 创建展品
exhibit-edit = 编辑展品
exhibit-details = 详细信息
exhibit-view = 查看页面
exhibit-draft = 草稿
exhibit-published = 已发布
exhibit-publish = 发布
exhibit-source-lang = 撰写语言
exhibit-title-zh = 标题（中文）
exhibit-title-en = 标题（英文）
exhibit-description-zh = 描述（中文）
exhibit-description-en = 描述（英文）
exhibit-points-zh = 卖点（中文）
exhibit-points-en = 卖点（英文）
exhibit-points = 卖点
exhibit-hs = HS 编码
exhibit-model = 型号
exhibit-price = 价格
exhibit-price-min = 最低价
exhibit-price-max = 最高价
exhibit-currency = 币种（ISO 代码）
exhibit-moq = 最小起订量
exhibit-lead-time = 交货期
exhibit-days = { $count } 天
exhibit-incoterms = 贸易术语
exhibit-ports = 装运港
exhibit-specs = 规格参数
exhibit-specs-hint = 每行一项：名称: 数值。
exhibit-images = 图片
exhibit-image-file = 图片（JPEG、PNG、WebP、GIF）
exhibit-untranslated = 此展品暂无您所用语言的版本，以下为原文。
exhibit-machine = 机器翻译，展商尚未审核。
notice-exhibit-published = 展品已发布。
notice-image-added = 图片已添加。
error-exhibit-title = 请用撰写语言填写展品标题。
error-currency = 请用三位 ISO 代码填写币种，例如 USD 或 CNY。
error-price = “{ $value }”不是有效价格。
error-price-order = 最低价高于最高价。
error-moq = 最小起订量须为整数。
error-lead-time = 交货期须为天数（最多 3650）。
error-incoterm = “{ $term }”不是贸易术语。
error-spec-line = “{ $line }”缺少名称或数值（格式：名称: 数值）。
error-exhibit-unverified = 企业通过展会的参展认证后才能发布展品。
error-exhibit-published = 该展品已发布。
error-image-type = 请上传图片（JPEG、PNG、WebP 或 GIF）。

# Exhibit media, review, visibility, favourites
exhibit-media = 媒体文件
media-open = 打开
media-purpose = 文件类型
media-kind-image = 图片
media-kind-video = 视频
media-kind-model = 3D 模型
media-kind-panorama = 360° 全景
media-kind-document = 文档（PDF）
media-kind-table = 表格（CSV 或 XLSX）
media-file = 文件
media-file-hint = 视频：MP4 或 WebM，不超过 200 MB。3D：内嵌数据的 GLB 或 glTF。全景：等距柱状投影 JPEG，宽高比 2:1，宽度至少 2000 像素。
media-poster = 视频封面图片（可选）
media-caption = 说明文字
media-model-hint = 拖动旋转，双指或滚轮缩放；在手机上点击 AR 按钮可将其放入您的房间。
media-model-open = 查看 3D 模型
media-panorama-open = 打开 360° 全景
media-documents = 文档
media-table-download = 下载表格
notice-media-added = 文件已添加。
error-media-type = 此处不接受该文件类型。
error-media-wrong-kind = 该文件是 { $found } 文件，与所选类型不符。
error-media-too-large = 文件过大：最大 { $mb } MB。
error-media-dimensions = 图片像素尺寸过大。
error-media-video = 这不是可播放的 MP4 或 WebM 视频。
error-media-pdf = 无法读取该 PDF。
error-media-pdf-active = 不接受包含脚本、附件或表单的 PDF。
error-media-table = 无法读取该表格，或表格过大。
error-media-model = 这不是有效的 glTF 2.0 模型。
error-media-model-external = 该模型引用了外部文件；请导出为单个 GLB 文件。
error-media-panorama = 全景图必须是等距柱状投影 JPEG，宽度为高度的两倍，且宽度至少 2000 像素。
error-media-unreadable = 无法读取该文件。
error-media-poster = 封面必须是 JPEG、PNG 或 WebP 图片。
fair-exhibit-review = 展品上线前需审核（否则已认证展商可直接发布）
error-exhibit-pending = 该展品已在等待审核。
error-exhibit-not-pending = 该展品不在审核队列中。
mail-exhibit-approved-subject = 您的展品已上线
mail-exhibit-approved-body = “{ $title }”已通过审核，访客现在可以看到。
mail-exhibit-rejected-subject = 您的展品需要修改
mail-exhibit-rejected-body = “{ $title }”未通过审核：{ $reason }。请修改后重新发布。
notice-exhibit-submitted = 展品已提交审核，通过后即上线。
exhibit-pending = 等待审核
exhibit-rejected = 未通过审核
exhibit-review-title = 待审核展品
notice-exhibit-approved = 展品已通过审核并上线。
notice-exhibit-rejected = 展品已连同您的意见退回展商。
hidden-title = 您无权查看
hidden-trade-only = 展商仅向已认证的专业观众展示此内容。
hidden-country = 展商未在您所在的国家/地区展示此内容，或您的资料中未填写国家/地区。
hidden-profile-link = 完善我的资料
favourites-title = 我的收藏
favourites-exhibitors = 展商
favourites-products = 展品
favourites-none = 尚未收藏任何内容。
favourite-save = 收藏
favourite-saved = 已收藏
exhibitor-contact = 给展商发邮件
exhibitor-no-products = 暂无展品。
exhibitor-documents = 产品目录与证书
exhibitor-public-page = 查看我的公开展商页面
visibility-title = 谁可以查看此展品
visibility-booth-title = 谁可以查看我的展位
visibility-countries = 仅限以下国家/地区的访客
visibility-countries-hint = 用逗号分隔的两位国家代码，例如 DE, FR, BR。留空表示所有人。
visibility-trade-only = 仅限已认证的专业观众
error-country = “{ $code }”不是两位国家代码。

# Catalogue import and export
catalogue-title = 展品目录导入与导出
catalogue-hint = 按模板填写，每行一个展品，最多 10,000 行。只有全部行都正确时才会保存；展品以草稿导入。带 id 的行会更新该展品。
catalogue-template = 下载 XLSX 模板
catalogue-import-file = 目录文件（XLSX 或 CSV）
catalogue-import = 导入
catalogue-export = 导出目录
catalogue-errors = 需要更正的单元格
catalogue-row = 行
catalogue-column = 列
catalogue-reason = 问题
catalogue-more = ……另有 { $count } 个问题。
notice-imported = 已导入 { $count } 个展品（草稿）。
error-import-type = 请选择 XLSX 或 CSV 文件。
error-import-empty = 文件中没有展品行。
error-import-header = 第一行必须是模板的表头；缺少列 { $column }。
error-import-too-many = 每个文件最多 { $max } 个展品。
error-import-cells = 未导入任何内容：请更正以下单元格后重新上传。
error-import-duplicate-id = 该 id 已在第 { $row } 行使用。
error-import-unknown-id = 您没有此 id 的展品；留空 id 可新增展品。
catalogue-help = 
    id：新展品留空；保留导出的 id 可更新该展品
    source_lang：填写语言，zh-CN 或 en
    title_zh, title_en：展品名称（源语言必填）
    description_zh, description_en：描述
    points_zh, points_en：卖点
    hs_code：HS 编码，至少 6 位，例如 9401.61
    model_number：型号
    price_min, price_max：价格区间，例如 25 或 32.50
    currency：ISO 4217 货币代码，例如 USD
    moq：最小起订量
    lead_time_days：交货期（天）
    incoterms：例如 FOB, CIF
    ports：装运港，用逗号分隔
    specs：每行一项规格，名称: 值

# Machine translation
exhibit-title = 标题
exhibit-description = 描述
text-machine-draft = 机器翻译草稿
translate-button = 翻译缺少的语言
translate-hint = 以机器翻译草稿填充，您可在下方修改。
notice-translated = 已用机器翻译草稿填充 { $count } 种语言，请在下方检查。
error-translate-unavailable = 翻译服务暂不可用，请稍后再试。
error-admin-target = 只有安全管理员可以锁定、解锁、停用或启用管理员账户。
error-grant-admin-server = 三类管理员角色只能在服务器上授予和撤销（yunzhan admin grant|revoke）。
roles-administrators = 管理员
roles-administrators-intro = 只有您可以锁定、解锁、停用或启用三类管理员。管理员角色只能在服务器上通过 yunzhan admin grant|revoke 授予和撤销。
roles-on-server = 在服务器上授予
accounts-admin-note = 管理员账户：由安全管理员管理
error-review-own-org = 不能审核本企业的参展申请或展品。
error-booth-org-unreviewed = 该企业尚未成为本展会的认证展商：请先由展会审核员审核其参展申请。
error-revision-changed = 展商在此期间修改了该展品，请审核新版本。
error-quota-invitations = 同时最多可有 { $max } 份未处理的邀请。
error-quota-exhibits = 每家企业最多可有 { $max } 件展品。
error-quota-media = 每件展品最多可有 { $max } 个媒体文件。
error-quota-storage = 本企业的媒体存储空间已满（{ $max } GB）。
error-quota-orgs = 每个账户最多可登记 { $max } 家企业。
exhibit-edit-pending = 修改待审核
review-waiting = 待审核
review-approved = 已通过
review-rejected = 未通过
exhibit-reviews = 各展会的审核
exhibit-reviews-live = 当前展示版本
exhibit-reviews-edit = 最近的修改
exhibit-revision-pending = 您的修改（第 { $number } 版）正在等待审核，在此之前观众看到的是已通过的版本。
exhibit-revision-rejected = 您的修改（第 { $number } 版）未通过审核：请查看下方原因，修改展品后保存即可重新提交。
fair = 展会
review-edit = 已上线展品的修改
review-after = 修改后
review-before = 修改前
review-changes = 修改内容
review-field = 字段
review-new = 新展品
review-new-media = 本版本新增的媒体文件：{ $count } 个
review-revision = 第 { $number } 版
exhibit-preview = 预览：观众尚看不到此版本。
fair-register = 登记参观本展会
fair-register-hint = 登记免费。登记后主办方可将您认证为专业采购商，从而可查看仅向专业观众开放的展品。
fair-register-sign-in = 登录后登记参观本展会
fair-registered = 您已登记参观本展会。
fair-registered-trade = 您已作为认证专业观众登记参观本展会。
booth-org-review-first = 尚未认证：请先由展会审核员审核参展申请。
org-applications = 参展申请
org-applications-hint = 申请展位即申请参加该展会；各展会的审核员分别认证贵企业。
org-applications-licence-first = 申请展位前请先上传营业执照。
org-frozen = 参展申请审核期间无法修改企业资料。
application-applied = 待审核
application-approved = 认证展商
application-rejected = 未通过
notice-exhibit-revision = 已保存。修改经展会审核通过后上线，在此之前观众看到的是已通过的版本。

meta-description = 云展在线展会：展商、展品、3D 与 360° 展位，与各国采购商洽谈。
