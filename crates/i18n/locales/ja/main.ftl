# Yunzhan — Japanese (日本語). Keep the same keys as en/main.ftl (a test checks).

site-name = Yunzhan
skip-to-content = 本文へスキップ
nav-main = メインナビゲーション
nav-home = ホーム
nav-account = マイアカウント
nav-admin = 管理
nav-login = ログイン
nav-logout = ログアウト
nav-register = 新規登録
language = 言語
language-apply = 適用
footer-tagline = Yunzhan — セルフホスト型のオンライン見本市プラットフォーム。
footer-api = API（OpenAPI）
footer-demo-mail = デモ用メールフォルダ
search = 検索
save = 保存
form-has-errors = 次の項目を修正してください：

home-title = オンライン見本市
home-lead = デジタルの展示ホールとブース、画像・動画・3D・360°で見る展示品、ビジネスマッチング、商談、ライブ配信 — すべてをご自身で運用するプラットフォームで。
home-cta-register = アカウントを作成
home-cta-login = ログイン
home-features = できること
feature-halls = デジタル展示ホールとブース
feature-halls-text = 業種別に会場を巡ってブースを訪れ、製品を画像・動画・3D・AR・360°パノラマで確認できます。
feature-search = 検索
feature-search-text = キーワード、HSコード、企業名、カテゴリーから出展者・バイヤー・製品を探せます。
feature-match = ビジネスマッチングと見積依頼
feature-match-text = 根拠を示すレコメンドでバイヤーとサプライヤーを結び付けます。見積依頼（RFQ）を掲載して、見積を受け取れます。
feature-meet = チャットとビデオ商談
feature-meet-text = 1対1またはグループで商談でき、必要に応じて通訳も利用できます。
feature-live = ライブ配信とフォーラム
feature-live-text = トレードウィーク中のショールームや生産ラインからのライブ配信、テーマ別フォーラム、開幕式。
feature-data = データウォールとレポート
feature-data-text = 主催者・出展者・行政機関向けのリアルタイムの数値を、オープンな形式でエクスポートできます。
home-trust = データはお客様のもの
home-trust-text = セルフホスト、通信の暗号化、分離された管理者ロール、改ざんを検知できる監査ログ。

field-email = メールアドレス
field-display-name = 氏名
field-password = パスワード
field-password-confirm = パスワード（確認）
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
field-new-email = 新しいメールアドレス
field-totp-code = 6桁のコード
password-hint = 12文字以上。よく使われるパスワードは使用できません。

register-title = アカウントを作成
register-submit = 登録する
register-have-account = すでにアカウントをお持ちですか？
register-profile = あなたについて（任意）
register-profile-hint = 出展者とマッチングは、あなたの購買内容を知るためにこれを使います。出展者に見せてよい情報にチェックしてください。後で「マイプロフィール」で変更できます。
register-done-title = メールをご確認ください
register-done-text = { $email } が登録可能な場合は、確認用リンクを送信しました。リンクを開いてアカウントを有効化してください。
confirm-done-title = メールアドレスを確認しました
confirm-done-text = メールアドレスの確認が完了しました。ログインできます。
confirm-failed-title = このリンクは使用できません
email-changed-text = メールアドレスを変更しました。

login-title = ログイン
login-submit = ログイン
login-forgot = パスワードをお忘れですか？

forgot-title = パスワードの再設定
forgot-intro = メールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
forgot-submit = リンクを送信
forgot-done-title = メールをご確認ください
forgot-done-text = このアドレスを使用しているアカウントがある場合は、新しいパスワードを設定するためのリンクを送信しました。リンクの有効期限は1時間です。

reset-title = 新しいパスワードの設定
reset-submit = 新しいパスワードを保存
reset-done-title = パスワードを変更しました
reset-done-text = 新しいパスワードを保存し、すべてのセッションからログアウトしました。新しいパスワードでログインしてください。

totp-title = 2段階認証
totp-intro = 認証アプリに表示されている6桁のコードを入力してください。
totp-submit = 確認
enrol-title = 2段階認証の設定
enrol-intro = 管理者は、パスワードと認証アプリのコードでログインします。このQRコードをアプリで読み取り、表示されたコードを入力してください。
enrol-qr-label = 認証アプリ用のQRコード
enrol-manual = 読み取れない場合は、このキーを手動で入力してください：
enrol-submit = 確認

account-title = マイアカウント
account-roles = ロール
account-orgs = 所属する組織
account-fairs = 担当する展示会
account-change-password = パスワードの変更
account-change-email = メールアドレスの変更
account-sessions = セッションとデバイス
account-logins = ログイン履歴
password-title = パスワードの変更
password-forced = 続行する前に、新しいパスワードを設定してください。
password-submit = パスワードを変更
email-title = メールアドレスの変更
email-intro = 新しいアドレスに確認用リンクを送信します。リンクを開くと変更が有効になります。
email-submit = 確認用リンクを送信
reauth-title = ご本人確認
reauth-intro = セキュリティのため、続行するにはパスワードを再入力してください。
reauth-submit = 続行
sessions-title = セッションとデバイス
sessions-device = デバイス
sessions-ip = IPアドレス
sessions-started = 開始日時
sessions-last-seen = 最終アクティビティ
sessions-actions = 操作
sessions-this = このデバイス
sessions-end = セッションを終了
sessions-end-others = 他のすべてのセッションからログアウト
logins-title = ログイン履歴
logins-time = 日時
logins-result = 結果
login-result-success = ログイン成功
login-result-password-ok = パスワード承認
login-result-bad-password = パスワード誤り
login-result-bad-totp = コード誤り
login-result-bad-reauth = パスワード誤り（本人確認）
login-result-locked = 拒否：アカウントロック中
login-result-unknown-account = 不明なアカウント
notice-password-changed = パスワードを変更しました。他のセッションからはログアウトしました。
notice-email-sent = 新しいアドレスに確認用リンクを送信しました。
notice-session-ended = セッションを終了しました。
notice-sessions-ended = 他のすべてのセッションを終了しました。
notice-saved = 保存しました。

admin-title = 管理
admin-you-are = { $role }としてログインしています。
admin-not-admin = 管理者ロールが付与されていません。
admin-nothing = あなたのロールで利用できる項目はありません。
role-system-admin = システム管理者
role-security-admin = セキュリティ管理者
role-audit-admin = 監査管理者
role-organizer = 主催者
role-organizer-admin = 主催者管理者
role-reviewer = 審査担当者
role-host = 司会者
role-support-agent = サポート担当者
role-legal-advisor = 法務アドバイザー
role-interpreter = 通訳者
role-exhibitor-owner = 出展者（オーナー）
role-exhibitor-staff = 出展者（スタッフ）
role-visitor = 来場者
role-trade-visitor = 商談来場者
scope-platform = プラットフォーム
scope-fair = 見本市
scope-organisation = 組織

accounts-title = アカウント
accounts-search = メールアドレスまたは氏名で検索
accounts-status = 状態
accounts-last-login = 最終ログイン
accounts-lock = ロック
accounts-unlock = ロック解除
accounts-disable = 無効化
accounts-enable = 有効化
accounts-create = アカウントを作成
accounts-create-intro = アカウントには一度だけ表示されるワンタイムパスワードが発行され、初回ログイン時に変更が必要です。
accounts-create-submit = 作成
accounts-created = アカウント { $email } を作成しました。ワンタイムパスワード：{ $password }
accounts-updated = アカウント { $email } を更新しました。
status-active = 有効
status-disabled = 無効
status-locked = ロック中
status-unconfirmed = メール未確認

settings-title = サイト設定
settings-site-name-zh = サイト名（中国語）
settings-site-name-en = サイト名（英語）
settings-registration-open = 新規登録を受け付ける
settings-default-lang = 既定の言語

roles-title = ロールと権限
roles-role = ロール
roles-scope = 範囲
roles-scope-id = 範囲ID（見本市または組織）
roles-grant = ロールを付与
roles-grant-submit = 付与
roles-revoke = 取り消す
roles-granted = { $email } にロールを付与しました。このユーザーのセッションは終了しました。
roles-revoked = { $email } のロールを取り消しました。このユーザーのセッションは終了しました。

policy-title = セキュリティポリシー
policy-lockout-threshold = アカウントをロックするまでのログイン失敗回数（3～20）
policy-lockout-minutes = ロック時間（分）
policy-admin-idle = 管理者の無操作タイムアウト（分、5～30）
policy-admin-absolute = 管理者セッションの上限（時間、1～12）
policy-user-idle = ユーザーの無操作タイムアウト（日）
policy-user-absolute = ユーザーセッションの上限（日）
policy-inactive = 指定日数使用されていないアカウントを無効化（0 = 無効化しない）
policy-reauth = 再認証の有効時間（分）

audit-title = 監査ログ
audit-from = 開始日
audit-to = 終了日
audit-actor = 実行者（メールアドレスまたはID）
audit-action = 操作
audit-outcome = 結果
audit-any = すべて
audit-success = 成功
audit-failure = 失敗
audit-role = ロール
audit-target = 対象
audit-detail = 詳細
audit-export = CSVをエクスポート
audit-verify = チェーンを検証
audit-older = 以前の記録
audit-verify-ok = 監査チェーンは完全です：{ $count }件の記録を検証しました。
audit-verify-broken = 監査チェーンが破損しています：{ $problem }

devmail-title = デモ用メールフォルダ
devmail-intro = デモモードではメールは送信されず、ここに保存されます。
devmail-empty = メールはまだありません。
devmail-to = 宛先：

error-back-home = ホームページに戻る
error-title-bad-request = リクエストに問題があります
error-title-unauthorized = ログインしてください
error-title-forbidden = 許可されていません
error-title-not-found = ページが見つかりません
error-title-conflict = 競合
error-title-too-large = サイズが大きすぎます
error-title-rate-limited = 試行回数が多すぎます
error-title-unavailable = 一時的に利用できません
error-title-internal = 問題が発生しました
error-bad-request = リクエストを処理できませんでした。入力内容をご確認ください。
error-method = この操作はここでは利用できません。
error-unauthorized = 続行するにはログインしてください。
error-forbidden = この操作を行う権限がありません。
error-not-found = お探しのページは見つかりませんでした。
error-conflict = これはすでに存在します。
error-rate-limited = 試行回数が多すぎます。{ $seconds }秒後にもう一度お試しください。
error-csrf = フォームの有効期限が切れたか、別のサイトから送信されました。ページを再読み込みして、もう一度お試しください。
error-admin-tls = 管理機能は安全な接続（HTTPS）でのみ利用できます。
error-too-large = 送信されたデータが大きすぎます。
error-internal = 予期しないエラーが発生しました。エラーは記録されています。もう一度お試しください。
error-unavailable = サービスは一時的に利用できません。しばらくしてからもう一度お試しください。
error-login-failed = メールアドレスまたはパスワードが正しくありません。
error-account-locked = このアカウントは管理者によってロックされています。プラットフォームのサポートにお問い合わせください。
error-account-disabled = このアカウントは無効になっています。主催者にお問い合わせください。
error-email-unconfirmed = 先にメールアドレスを確認してください。お送りしたリンクを開いてください。
error-totp-invalid = コードが正しくありません。認証アプリを確認して、もう一度お試しください。
error-email-invalid = 有効なメールアドレスを入力してください。
error-email-same = これはすでに現在のメールアドレスです。
error-email-taken = このメールアドレスは別のアカウントで使用されています。
error-display-name = 氏名は1～100文字で入力してください。
error-password-short = パスワードは12文字以上にしてください。
error-password-long = パスワードが長すぎます（最大256文字）。
error-password-common = このパスワードはよく使われています。推測されにくいパスワードを選んでください。
error-password-email = パスワードにメールアドレスを含めることはできません。
error-password-mismatch = 2つのパスワードが一致しません。
error-password-same = 新しいパスワードは現在のパスワードと異なるものにしてください。
error-password-wrong = パスワードが正しくありません。
error-registration-closed = 現在、新規登録は受け付けていません。
error-link-invalid = このリンクは無効、使用済み、または有効期限切れです。
error-self-action = ご自身のアカウントに対してこの操作はできません。
error-site-name = サイト名は1～60文字にしてください。
error-language = 表示されている言語から選択してください。
error-policy-range = { $field } の値が許容範囲外です。
error-no-such-account = このメールアドレスを使用しているアカウントはありません。
error-grant-self = 管理者は自分のロールを変更できません。
error-grant-second-admin = 1つのアカウントが持てる管理者ロールは、3種類のうち1つだけです。
error-grant-admin-mixed = 管理者アカウントは他のロールを持てません。
error-grant-scope = このロールはその範囲では付与できません。
error-grant-held = このアカウントはすでにこのロールを持っています。
error-grant-not-held = このアカウントはこのロールを持っていません。

mail-confirm-subject = Yunzhanのメールアドレスをご確認ください
mail-confirm-body =
    { $name } 様

    次のリンクを開いて、メールアドレスを確認してください（有効期限：24時間）。

    { $link }

    お心当たりのない場合は、このメールを破棄してください。
mail-exists-subject = Yunzhanアカウントについて
mail-exists-body =
    このメールアドレスでの登録、またはこのメールアドレスへの変更が試みられましたが、このアドレスはすでに既存のアカウントで使用されています。

    ご本人による操作で、パスワードをお忘れの場合は、こちらから再設定してください。

    { $link }
mail-reset-subject = Yunzhanの新しいパスワードの設定
mail-reset-body =
    次のリンクを開いて、新しいパスワードを設定してください（有効期限：1時間）。

    { $link }

    お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。
mail-password-changed-subject = Yunzhanのパスワードが変更されました
mail-password-changed-body = パスワードが変更されました。お心当たりのない場合は、直ちにパスワードを再設定し、主催者にご連絡ください。
mail-change-email-subject = 新しいメールアドレスをご確認ください
mail-change-email-body =
    次のリンクを開くと、このアドレスがYunzhanアカウントのメールアドレスになります（有効期限：24時間）。

    { $link }
mail-email-notice-subject = Yunzhanのメールアドレス変更手続きが行われています
mail-email-notice-body = お客様のアカウントのメールアドレスを { $email } に変更する申請がありました。お心当たりのない場合は、今すぐパスワードを変更してください。

# Fairs, halls and booths
nav-fairs = 見本市
breadcrumb = パンくずリスト
fairs-title = 見本市
fairs-none = 発表済みの見本市はまだありません。
fair-create = 見本市を作成
fair-create-submit = 見本市を作成する
fair-manage = 見本市を管理
fair-details = 見本市の詳細とフェーズ
fair-halls = 展示ホール
fair-halls-closed = 展示ホールは開幕式とともにオープンします。それまではフロアプランをご覧いただけます。
fair-no-halls = 展示ホールはまだありません。
fair-schedule = スケジュール
fair-featured = 注目の出展者
fair-new-products = 新製品
search-label = 出展者と製品を検索
search-submit = 検索
search-title = 検索
search-title-for = 「{ $q }」の検索結果
search-found = { $count ->
    [0] 見つかりませんでした。語を減らすか、別の語をお試しください。
   *[other] { $count }件の結果
}
search-exhibitors = 出展者
search-products = 製品
fair-slug = URL用の短縮名
fair-slug-hint = 半角の小文字・数字・ハイフンで3～40文字（例：canton-2027）。後から変更できません。
fair-name-zh = 名称（中国語）
fair-name-en = 名称（英語）
fair-description-zh = 説明（中国語）
fair-description-en = 説明（英語）
fair-time-zone = タイムゾーン
fair-time-zone-hint = Asia/Shanghai などのIANAタイムゾーン。以下の日時はこのタイムゾーンで入力します。
fair-languages = 見本市の言語
fair-phases = フェーズ
fair-registration-opens = 登録受付開始
fair-opening = 開幕式
fair-show-days = 会期開始
fair-trade-week = トレードウィーク開始
fair-service-period = サービス月間開始
fair-closes = 閉幕
phase-upcoming = 開催予定
phase-pre-show = 開催前
phase-opening = 開幕式
phase-show-days = 会期中
phase-trade-week = トレードウィーク
phase-service-period = サービス月間
phase-post-show = 閉幕
hall-label = ホール{ $code }
hall-chapters = HS類
hall-free = 空き{ $count }ブース
hall-booths = { $count }ブース
hall-plan = ホールのフロアプラン：ブースを選択すると訪問できます
hall-booth-list = 全ブースを一覧表示
hall-add = ホールを追加
hall-code = ホール番号
hall-name-zh = ホール名（中国語）
hall-name-en = ホール名（英語）
hall-chapters-input = HS類（カンマ区切り）
hall-rows = ブースの列数
hall-cols = 1列あたりのブース数
hall-premium-rows = プレミアム列数（前方）
hall-add-submit = ホールとブースを追加
booth-label = ブース { $code }
booth-free = 空き
booth-requested = 申請中
booth-booked = 予約済み
booth-premium = プレミアム
booth-standard = スタンダード
booth-code = ブース
booth-kind = 種類
booth-status = 状態
notice-hall-added = ホールとブースを追加しました。
error-fair-slug = 短縮名は半角の小文字・数字・ハイフンで3～40文字にしてください。
error-fair-slug-taken = この短縮名は別の見本市で使用されています。
error-fair-name = 見本市の名称を入力してください（各120文字以内）。
error-time-zone = Asia/Shanghai など、有効なIANAタイムゾーンを入力してください。
error-fair-languages = 言語を1つ以上選択してください。
error-fair-dates = すべてのフェーズの日時を入力してください。
error-fair-order = 各フェーズは時系列順に設定してください。
error-hall-code = ホール番号は1桁または2桁の数字です。
error-hall-code-taken = この見本市には、同じ番号のホールがすでにあります。
error-hall-name = ホール名を入力してください（各80文字以内）。
error-hs-code = 「{ $code }」はHSコードではありません。
error-hall-chapters = HS類を1つ以上入力してください。
error-hall-grid = 列数は1～26、1列あたりのブース数は1～40、プレミアム列数は0～26にしてください。
error-uscc-length = 統一社会信用コードは18文字です。
error-uscc-character = 統一社会信用コードに使用できない文字が含まれています。
error-uscc-check = 統一社会信用コードが無効です（チェック文字が正しくありません）。
error-uscc-org-check = 統一社会信用コードに含まれる組織コードが無効です。

# Exhibitor onboarding and review
org-register = 組織を登録
org-register-intro = 出展者は統一社会信用コードと営業許可証で企業を登録し、主催者の審査担当者がそれを確認します。
org-register-submit = 登録する
org-name-zh = 正式名称（中国語）
org-name-en = 正式名称（英語）
org-uscc = 統一社会信用コード
org-uscc-hint = 営業許可証に記載された18文字のコード（例：91350100M000100Y43）。
org-contact-name = 担当者名
org-contact-email = 担当者のメールアドレス
org-industries = 業種（HSコード）
org-industries-hint = HS類またはHSコードをカンマ区切りで入力（例：94, 9403.60）。
org-markets = ターゲット市場
org-markets-hint = 2文字の国コードをカンマ区切りで入力（例：US, DE, AE）。
org-languages = 対応言語
org-status = 状態
org-status-draft = 下書き
org-status-submitted = 審査中
org-status-approved = 認証済み
org-status-rejected = 要修正
org-verified = 認証済み出展者
org-review-reason = 審査担当者のコメント
org-licence = 営業許可証
org-licence-view = 許可証を表示
org-licence-none = 許可証はまだアップロードされていません。
org-licence-file = 許可証ファイル
org-licence-hint = 画像（JPEG、PNG、WebP）またはPDF、最大20 MB。位置情報などの画像メタデータは削除されます。
org-licence-upload = アップロード
org-submit = 審査を申請
org-profile = 企業プロフィール
notice-licence-uploaded = 許可証をアップロードしました。
notice-org-submitted = 申請しました。審査結果はメールでお知らせします。
notice-org-approved = 組織を承認しました。
notice-org-rejected = コメントを付けて組織を差し戻しました。
review-title = 出展者審査
review-empty = 審査待ちの項目はありません。
review-reason = 出展者へのコメント
review-reason-hint = 却下する場合は必須です。修正すべき点を記入してください。
review-approve = 承認
review-reject = 却下
error-org-name = 両方の正式名称を入力してください（各200文字以内）。
error-org-contact = 担当者名を入力してください。
error-org-industries = 業種をHSコードで1つ以上入力してください。
error-country-code = 「{ $code }」は2文字の国コードではありません。
error-language-tag = 「{ $tag }」は言語タグではありません。
error-uscc-taken = この統一社会信用コードの組織はすでに登録されています。
error-org-under-review = 企業の申請が審査待ちの間は変更できません。
error-licence-missing = 先に営業許可証をアップロードしてください。
error-licence-type = 許可証は画像（JPEG、PNG、WebP）またはPDFにしてください。
error-licence-image = 許可証の画像を読み込めませんでした。
error-licence-pdf = このPDFは受け付けられません（破損しているか、スクリプトが含まれています）。
error-review-reason = 却下する場合は理由を記入してください。
error-org-not-submitted = この組織は審査待ちではありません。
mail-org-submitted-subject = { $org } は { $fair } への出展を申請しました
mail-org-submitted-body = 貴社 { $org } は { $fair } への出展を申請しました。展示会の審査担当が決定したらお知らせします。
mail-org-approved-subject = { $org } は { $fair } の認証出展者になりました
mail-org-approved-body = 貴社 { $org } は { $fair } の出展者として承認されました。同展示会で認証マークが付き、出展品を公開でき、主催者がブースを確定できます。
mail-org-rejected-subject = { $org }：{ $fair } への申請に修正が必要です
mail-org-rejected-body =
    審査担当者が次のコメントを付けて { $org } を差し戻しました。

    { $reason }

    組織のページで修正のうえ、再度申請してください。

# Booth booking
booth-exhibitor = 出展者
booth-request-for = { $org } の名義でこのブースを申請
booth-requests = ブース申請
booth-requests-none = 判断待ちのブース申請はありません。
notice-booth-approved = ブースの予約が確定しました。
notice-booth-rejected = 申請を却下しました。ブースは再び空きになりました。
error-booth-unverified = ブースを申し込む前に営業許可証をアップロードしてください。
error-booking-closed = ブースの申請は見本市の開幕前のみ可能です。
error-booth-taken = このブースは、たった今ほかの出展者が申請しました。
error-booth-limit = 貴組織はこの見本市で確保できるブース数の上限に達しています。
error-booth-not-requested = このブースには判断待ちの申請がありません。
mail-booth-approved-subject = ブース { $booth } の予約が確定しました
mail-booth-approved-body = 主催者が申請を承認しました。ブース { $booth } は貴組織の予約として確定しました。
mail-booth-rejected-subject = ブース { $booth } は確定しませんでした
mail-booth-rejected-body = 主催者はブース { $booth } の申請を承認しませんでした。ほかの空きブースを申請できます。

# Exhibitor staff
staff-title = スタッフ
staff-invite = 同僚を招待
staff-invite-submit = 招待を送信
staff-remove = 削除
staff-pending = 招待送信済み
notice-invite-sent = { $email } に招待を送信しました。
notice-staff-removed = スタッフを削除しました。
invite-title = 招待
invite-intro = 次の組織への参加に招待されています：
invite-as = 参加に使用するアカウント：
invite-accept = 招待を承諾
invite-sign-in = 承諾するには、招待されたメールアドレスでログイン（または新規登録）してください。
error-invite-other-account = この招待は別のメールアドレス宛てです。招待されたアドレスでログインしてください。
mail-staff-invite-subject = Yunzhanの { $org } への招待
mail-staff-invite-body =
    { $org } の出展者チームのメンバーとして招待されています。このメールアドレスでログインした状態で次のリンク（有効期限：7日間）を開き、招待を承諾してください。

    { $link }

# Visitor profile and privacy
profile-title = 来場者プロフィールとプライバシー
profile-intro = 購買したい製品を出展者に伝え、どの情報を公開するかを選べます。いつでも変更できます。
profile-country = 国（2文字）
profile-country-hint = 2文字の国コード（例：DE、BR、AE）。
profile-company = 会社名
profile-job = 役職
profile-interests = 購買関心分野（HSコード）
profile-volume = 年間購買額
profile-phone = 電話番号
profile-social = SNSアカウント
profile-social-hint = WeChat、WhatsApp、LinkedIn のIDなど。暗号化して保存されます。
profile-consent = 出展者への公開範囲とリード
consent-show_name = 氏名
consent-show_company = 会社名と役職
consent-show_email = メールアドレス
consent-show_phone = 電話番号
consent-show_social = SNSアカウント
consent-lead_push = 関心分野に合う出展者からの連絡を受け取る（リード配信）
volume-unset = 未回答
volume-lt_100k = 10万USD未満
volume-100k_1m = 10万～100万USD
volume-1m_10m = 100万～1,000万USD
volume-gt_10m = 1,000万USD超
account-download = 自分のデータをダウンロード
delete-title = アカウントの削除
delete-intro = アカウント、プロフィール、セッション、ログイン履歴、およびあなただけが所有する組織とそのファイルを削除します。この操作は取り消せません。法令の定めにより、セキュリティ監査記録にはアカウントの匿名IDが残ります。
delete-submit = アカウントを完全に削除
error-phone = 電話番号は、数字・スペース・+ - ( ) を使って30文字以内で入力してください。
error-admin-delete = 管理者アカウントは本人ではなく、運用者が削除します。
visitors-title = 来場者と商談来場者
visitors-verify = 商談来場者として認証
visitors-unverify = 取り消す
notice-trade-verified = この来場者は認証済みの商談来場者になりました。
notice-trade-unverified = 商談来場者の認証を取り消しました。

# Exhibits
exhibits-title = 展示品
exhibits-none = 展示品はまだありません。
exhibit-new = 新しい展示品
exhibit-create = 展示品を作成
exhibit-edit = 展示品を編集
exhibit-details = 詳細
exhibit-view = ページを表示
exhibit-draft = 下書き
exhibit-published = 公開済み
exhibit-publish = 公開
exhibit-source-lang = 作成言語
exhibit-title-zh = タイトル（中国語）
exhibit-title-en = タイトル（英語）
exhibit-description-zh = 説明（中国語）
exhibit-description-en = 説明（英語）
exhibit-points-zh = セールスポイント（中国語）
exhibit-points-en = セールスポイント（英語）
exhibit-points = セールスポイント
exhibit-hs = HSコード
exhibit-model = 型番
exhibit-price = 価格
exhibit-price-min = 価格（下限）
exhibit-price-max = 価格（上限）
exhibit-currency = 通貨（ISOコード）
exhibit-moq = 最小発注数量
exhibit-lead-time = リードタイム
exhibit-days = { $count }日
exhibit-incoterms = インコタームズ
exhibit-ports = 船積港
exhibit-specs = 仕様
exhibit-specs-hint = 1行に1項目（名称: 値）。
exhibit-images = 画像
exhibit-image-file = 画像（JPEG、PNG、WebP、GIF）
exhibit-untranslated = この展示品はまだお使いの言語に対応していないため、原語で表示しています。
exhibit-machine = 機械翻訳です。出展者による確認はまだ行われていません。
notice-exhibit-published = 展示品を公開しました。
notice-image-added = 画像を追加しました。
error-exhibit-title = 作成言語で展示品のタイトルを入力してください。
error-currency = 通貨は USD や CNY など、3文字のISOコードで入力してください。
error-price = 「{ $value }」は価格ではありません。
error-price-order = 下限価格が上限価格を上回っています。
error-moq = 最小発注数量は整数で入力してください。
error-lead-time = リードタイムは日数で入力してください（最大3650日）。
error-incoterm = 「{ $term }」はインコタームズの条件ではありません。
error-spec-line = 「{ $line }」に名称と値がありません（「名称: 値」の形式で記入してください）。
error-exhibit-unverified = 展示会が企業を出展者として認証した後に出展品を公開できます。
error-exhibit-published = この展示品はすでに公開されています。
error-image-type = 画像（JPEG、PNG、WebP、GIF）をアップロードしてください。

# Exhibit media, review, visibility, favourites
exhibit-media = メディア
media-open = 開く
media-purpose = ファイルの種類
media-kind-image = 画像
media-kind-video = 動画
media-kind-model = 3Dモデル
media-kind-panorama = 360°パノラマ
media-kind-document = 文書（PDF）
media-kind-table = 表（CSV または XLSX）
media-file = ファイル
media-file-hint = 動画：200 MB までの MP4 または WebM。3D：データを埋め込んだ GLB または glTF。パノラマ：2:1 の正距円筒図法 JPEG、幅 2000 px 以上。
media-poster = 動画のポスター画像（任意）
media-caption = キャプション
media-model-hint = ドラッグで回転、ピンチまたはスクロールで拡大縮小。スマートフォンでは AR ボタンで部屋に配置できます。
media-model-open = 3D モデルを表示
media-panorama-open = 360°ビューを開く
media-documents = 文書
media-table-download = 表をダウンロード
notice-media-added = ファイルを追加しました。
error-media-type = この種類のファイルはここでは受け付けられません。
error-media-wrong-kind = ファイルは { $found } 形式で、選択した種類と一致しません。
error-media-too-large = ファイルが大きすぎます（最大 { $mb } MB）。
error-media-dimensions = 画像のピクセル数が大きすぎます。
error-media-video = 再生可能な MP4 または WebM 動画ではありません。
error-media-pdf = この PDF は読み取れません。
error-media-pdf-active = スクリプト、添付ファイル、フォームを含む PDF は受け付けられません。
error-media-table = 表を読み取れないか、大きすぎます。
error-media-model = 有効な glTF 2.0 モデルではありません。
error-media-model-external = モデルが外部ファイルを参照しています。1 つの GLB ファイルとして書き出してください。
error-media-panorama = パノラマは幅が高さの 2 倍で、幅 2000 px 以上の正距円筒図法 JPEG である必要があります。
error-media-unreadable = ファイルを読み取れません。
error-media-poster = ポスターは JPEG、PNG、WebP 画像である必要があります。
fair-exhibit-review = 公開前に出展品を審査する（審査しない場合、認証済み出展者は即時公開）
error-exhibit-pending = この出展品はすでに審査待ちです。
error-exhibit-not-pending = この出展品は審査待ちではありません。
mail-exhibit-approved-subject = 出展品が公開されました
mail-exhibit-approved-body = 「{ $title }」が承認され、来場者に公開されました。
mail-exhibit-rejected-subject = 出展品の修正が必要です
mail-exhibit-rejected-body = 「{ $title }」は承認されませんでした：{ $reason }。修正して再度公開してください。
notice-exhibit-submitted = 出展品を審査に送りました。承認後に公開されます。
exhibit-pending = 審査待ち
exhibit-rejected = 承認されませんでした
exhibit-review-title = 審査待ちの出展品
notice-exhibit-approved = 出展品を承認し、公開しました。
notice-exhibit-rejected = コメントを添えて出展者に差し戻しました。
hidden-title = 閲覧できません
hidden-trade-only = 出展者はこの内容を認証済みの商談来場者にのみ公開しています。
hidden-country = 出展者はお住まいの国ではこの内容を公開していないか、プロフィールに国が登録されていません。
hidden-profile-link = プロフィールを入力する
favourites-title = お気に入り
favourites-exhibitors = 出展者
favourites-products = 製品
favourites-none = まだ保存したものはありません。
favourite-save = 保存
favourite-saved = 保存済み
exhibitor-contact = 出展者にメール
exhibitor-no-products = まだ製品はありません。
exhibitor-documents = カタログと証明書
exhibitor-public-page = 公開出展者ページを見る
visibility-title = この製品を閲覧できる人
visibility-booth-title = ブースを閲覧できる人
visibility-countries = 次の国の来場者のみ
visibility-countries-hint = カンマ区切りの 2 文字の国コード（例：DE, FR, BR）。空欄なら全員。
visibility-trade-only = 認証済みの商談来場者のみ
error-country = 「{ $code }」は 2 文字の国コードではありません。

# Catalogue import and export
catalogue-title = カタログのインポートとエクスポート
catalogue-hint = テンプレートに 1 行 1 製品で最大 10,000 行まで入力してください。すべての行が正しい場合のみ保存され、製品は下書きとして取り込まれます。id のある行はその製品を更新します。
catalogue-template = XLSX テンプレートをダウンロード
catalogue-import-file = カタログファイル（XLSX または CSV）
catalogue-import = インポート
catalogue-export = カタログをエクスポート
catalogue-errors = 修正が必要なセル
catalogue-row = 行
catalogue-column = 列
catalogue-reason = 問題
catalogue-more = …ほかに { $count } 件の問題があります。
notice-imported = { $count } 件の製品を下書きとして取り込みました。
error-import-type = XLSX または CSV ファイルを選択してください。
error-import-empty = ファイルに製品の行がありません。
error-import-header = 1 行目はテンプレートの見出しである必要があります。列 { $column } がありません。
error-import-too-many = 1 ファイルあたり最大 { $max } 製品です。
error-import-cells = 何も取り込まれていません。これらのセルを修正して再度アップロードしてください。
error-import-duplicate-id = この id は { $row } 行目ですでに使われています。
error-import-unknown-id = この id の製品はありません。新しい製品を追加するには id を空欄にしてください。
catalogue-help = 
    id：新しい製品は空欄、エクスポートした製品を更新する場合はそのまま
    source_lang：記入言語（zh-CN または en）
    title_zh, title_en：製品名（原文の言語では必須）
    description_zh, description_en：説明
    points_zh, points_en：セールスポイント
    hs_code：6 桁以上の HS コード（例：9401.61）
    model_number：型番
    price_min, price_max：価格帯（例：25 または 32.50）
    currency：ISO 4217 通貨コード（例：USD）
    moq：最小発注数量
    lead_time_days：リードタイム（日）
    incoterms：例：FOB, CIF
    ports：積出港（カンマ区切り）
    specs：1 行に 1 項目、名前: 値

# Machine translation
exhibit-title = タイトル
exhibit-description = 説明
text-machine-draft = 機械翻訳の下書き
translate-button = 不足している言語を翻訳
translate-hint = 下で編集できる機械翻訳の下書きで埋めます。
notice-translated = { $count } 言語を機械翻訳の下書きで埋めました。下で確認してください。
error-translate-unavailable = 翻訳サービスを利用できません。後でもう一度お試しください。
error-admin-target = 管理者アカウントのロック、ロック解除、無効化、有効化ができるのはセキュリティ管理者だけです。
error-grant-admin-server = 3 種類の管理者ロールの付与と取り消しは、サーバー上でのみ行えます（yunzhan admin grant|revoke）。
roles-administrators = 管理者
roles-administrators-intro = 3 人の管理者のロック、ロック解除、無効化、有効化はあなただけが行えます。管理者ロールはサーバー上で yunzhan admin grant|revoke により付与・取り消しします。
roles-on-server = サーバー上で付与
accounts-admin-note = 管理者アカウント：セキュリティ管理者が管理します
error-review-own-org = 自社の出展申請や出展品は審査できません。
error-booth-org-unreviewed = この企業はまだ本展示会の認証出展者ではありません。先に展示会の審査担当が申請を審査します。
error-revision-changed = この間に出展者が出展品を変更しました。新しい版を審査してください。
error-quota-invitations = 同時に保留できる招待は最大 { $max } 件です。
error-quota-exhibits = 1 社あたりの出展品は最大 { $max } 件です。
error-quota-media = 1 件の出展品に付けられるメディアは最大 { $max } 件です。
error-quota-storage = 貴社のメディア保存容量がいっぱいです（{ $max } GB）。
error-quota-orgs = 1 アカウントで登録できる企業は最大 { $max } 社です。
exhibit-edit-pending = 変更は審査待ち
review-waiting = 審査待ち
review-approved = 承認済み
review-rejected = 却下
exhibit-reviews = 展示会ごとの審査
exhibit-reviews-live = 公開中の版
exhibit-reviews-edit = 最新の変更
exhibit-revision-pending = 変更（第 { $number } 版）は審査待ちです。それまで来場者には承認済みの版が表示されます。
exhibit-revision-rejected = 変更（第 { $number } 版）は却下されました。下の理由を確認し、出展品を修正して保存すると再提出されます。
fair = 展示会
review-edit = 公開中の出展品の変更
review-after = 変更後
review-before = 変更前
review-changes = 変更点
review-field = 項目
review-new = 新しい出展品
review-new-media = この版で追加されたメディア：{ $count } 件
review-revision = 第 { $number } 版
exhibit-preview = プレビュー：この版はまだ来場者に表示されていません。
fair-register = この展示会に来場登録する
fair-register-hint = 登録は無料です。主催者がバイヤーとして認証すると、商談来場者向けの出展品を閲覧できます。
fair-register-sign-in = ログインしてこの展示会に来場登録する
fair-registered = この展示会に来場登録済みです。
fair-registered-trade = この展示会に認証済みの商談来場者として登録されています。
booth-org-review-first = 未認証：先に展示会の審査担当が申請を審査します。
org-applications = 展示会への出展申請
org-applications-hint = ブースを申し込むと、その展示会への出展申請になります。各展示会の審査担当が貴社を認証します。
org-applications-licence-first = ブースを申し込む前に営業許可証をアップロードしてください。
org-frozen = 申請の審査中はプロフィールを変更できません。
application-applied = 審査待ち
application-approved = 認証出展者
application-rejected = 却下
notice-exhibit-revision = 保存しました。変更は展示会の審査担当が承認すると公開されます。それまで来場者には承認済みの版が表示されます。

meta-description = 云展オンライン展示会：出展者、製品、3D・360° ブース、世界中のバイヤーとの商談。
