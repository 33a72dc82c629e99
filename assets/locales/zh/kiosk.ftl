# Welcome Center Kiosk — 中文 (Chinese, Simplified).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = 第 { $step } 步，共 { $total } 步
please-wait = 请稍候…

## Footer keys
key-continue = Enter: 继续
key-back = Esc: 返回
key-move = Tab/↑↓: 切换
key-select = ↑↓: 选择
key-language = F2: 语言
key-show-hide = F3: 显示/隐藏
key-menu = Esc: 菜单
key-start-over = Enter: 重新开始
key-try-again = Enter: 重试

## Language picker
language-title = 请选择语言
language-hint = 用 ↑ ↓ 和 Enter 选择，或按数字键。

## Menu
menu-title = 今天我们能为您做些什么？
menu-student-reset = 学生 — 重设我的纽约市公立学校密码
menu-parent = 家长或监护人 — 重设孩子的密码，或查找孩子的账户 ID（NYCSA）
menu-forgot-nycsa = 我忘记了纽约市学校账户（NYCSA）的密码
menu-forgot-myschools = 我忘记了 MySchools 的密码
menu-enroll = 学生 — 设置我的 PIN 或安全问题
menu-ticket = 提交求助请求
menu-help = 其他帮助和联系方式

not-ready-title = 本机暂不提供此服务
not-ready-body = 本机暂不提供此选项。柜台工作人员现在就可以帮您办理，您也可以致电 718-935-2009。

## Student reset: lookup
lookup-title = 重设您的纽约市公立学校密码
lookup-intro = 请输入您的用户名（如 AvaM1234）或 9 位学生 ID，以及您的出生日期。
lookup-student = 用户名或学生 ID
lookup-birth-date = 出生日期（MM/DD/YYYY，月/日/年）
lookup-date-understood = 我们理解为：{ $date }。如果这不是您的出生日期，请修改。
date-in-words = { $year }年{ $month }月{ $day }日
month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12
lookup-error-student = 请输入用户名（如 AvaM1234）或 9 位学生 ID。
lookup-error-birth-date = 请按“月/日/年”输入出生日期，例如 03/14/2012。

## Student reset: method
method-title = 您想用哪种方式证明身份？
method-pin = 用我的 PIN
method-questions = 用我的安全问题
no-method-title = 您还没有设置 PIN 或安全问题
no-method-body = 要自己重设密码，需要 PIN 或安全问题，但您还没有设置。您仍然可以通过以下方式获得新密码：
no-method-parent = • 请家长或监护人在他们的纽约市学校账户（NYCSA）中为您重设。如果他们还没有账户，可以免费注册。
no-method-school = • 请您的学校或本家庭欢迎中心柜台的工作人员为您重设。
no-method-enroll = 重新登录后，您可以设置 PIN 或安全问题（菜单第 5 项），下次就能自己重设了。

## Student reset: PIN
pin-title = 请输入您的 PIN
pin-label = PIN
pin-hint = PIN 是您自己选的 5 到 8 位字母或数字，不是您的密码。

## Student reset: questions
questions-title = 请回答您的安全问题
questions-hint = 请输入您当初选择的答案。不区分大小写，多余的空格也没关系。

question-first_pet = 您的第一只宠物叫什么名字？
question-birth_city = 您出生在哪个城市？
question-favorite_teacher = 您最喜欢的老师是谁？
question-favorite_book = 您最喜欢的书是哪本？
question-favorite_food = 您最喜欢的食物是什么？
question-best_friend = 您最好的朋友叫什么名字？
question-first_school = 您上的第一所学校叫什么名字？
question-favorite_sport = 您最喜欢的运动是什么？
question-favorite_place = 您最喜欢去哪里玩？
question-favorite_movie = 您最喜欢的电影是哪部？
question-favorite_animal = 您最喜欢的动物是什么？
question-dream_job = 您长大后想做什么工作？
question-favorite_game = 您最喜欢的游戏是什么？
question-grandmother_name = 您奶奶或外婆的名字是什么？
question-unknown = 安全问题

## New password
password-title = 请设置新密码
password-new = 新密码
password-confirm = 再输入一次
password-rule-length = 8 到 64 个字符
password-rule-common = 不是常见密码
password-rule-name = 不含您的姓名或用户名
password-rule-child-name = 不含孩子的姓名或账户 ID
password-rule-strength = 不容易被猜到
password-rule-match = 两次输入一致
password-mismatch = 两次输入的密码不一致。
password-rule-current = 不是当前的密码
password-strength = 强度：{ $label }
strength-0 = 很弱
strength-1 = 弱
strength-2 = 一般
strength-3 = 良好
strength-4 = 强
password-hint = 提示：三四个随机词语既容易记住，又很难被猜到。
password-fix-first = 新密码还没有满足所有规则，请查看列表。

## Done
done-title = 您的密码已更改
done-body = 现在可以用新密码登录了。我们已向您的纽约市公立学校账户发送电子邮件，以确认此次更改。
done-return = 本页面将在 { $seconds } 秒后返回首页。

## Problems
problem-title = 无法继续
not-verified-body = 找不到与这些信息相符的学生。请检查用户名或学生 ID 以及出生日期，然后重试。
not-verified-help = 信息确定没错吗？多次输错后，自助服务会暂停一段时间。家长或监护人可以在 NYCSA 中重设您的密码，柜台工作人员也可以现在帮助您。
too-many-tries-body = 尝试次数过多。为保护账户安全，暂时无法再试。请现在向柜台工作人员求助。
verification-failed-body = { $method ->
    [pin] PIN 不正确。
   *[questions] 答案不正确。
  }
attempts-left = { $count ->
   *[other] 您还可以再试 { $count } 次，之后自助服务将暂停。
  }
paused-temporary-body = 由于错误尝试次数过多，此账户的自助服务已暂停。请在 { $minutes ->
   *[other] { $minutes } 分钟
  }后重试。
paused-until-reset-body = 由于错误尝试次数过多，此账户的自助服务已暂停。
paused-help = 家长或监护人可以在纽约市学校账户（NYCSA）中为您重设密码，柜台工作人员现在也可以帮您。
too-soon-body = 每 30 天只能自己重设一次密码。您可以在 { $date } 再次自己重设。
too-soon-help = 如果现在就需要，家长或监护人可以在纽约市学校账户（NYCSA）中为您重设，柜台工作人员也可以帮您。
flow-expired-body = 操作时间过长，为了您的安全，我们已停止。请重新开始。
offline-body = 目前无法连接账户服务。请过几分钟再试。
offline-help = 如需立即帮助，请询问柜台工作人员或致电 718-935-2009。
unauthorized-body = 本机未在账户服务中注册。请告知柜台工作人员。
unauthorized-counter-body = 此柜台终端未在账户服务中注册，或其注册已被撤销。请让您的主管或 IT 人员重新注册（account-service devices add --mode counter）。
internal-body = 我们这边出了问题。请重试，或询问柜台工作人员。
directory-unavailable-body = 学校系统的密码目录目前没有响应。您的密码没有更改。
directory-unavailable-help = 请过几分钟再试。此次操作不会计入账户的失败次数。如需立即帮助，请询问柜台工作人员。
session-ended-body = 本机错误尝试次数过多。为了您的安全，我们已重新开始。

## Password rejected by the service
reason-too_short = 密码少于 8 个字符。
reason-too_long = 密码超过 64 个字符。
reason-common = 这是常见密码，很容易被猜到。
reason-contains_name = 密码包含您的姓名或用户名。
reason-too_weak = 密码太容易被猜到。
reason-same_as_current = 与您当前的密码相同。
reason-invisible_character = 其中含有屏幕上看不到的字符。请重新输入。
reason-directory_policy = 学校系统自己的密码规则不接受这个密码。请尝试更长的密码，例如三四个词语。
reason-directory_account = 学校系统无法更改此账户的密码。请询问柜台工作人员。

## Idle
idle-title = 您还在吗？
idle-body = 为保护您的隐私，本机将在 { $seconds } 秒后重新开始。
idle-keep = 按任意键继续。

## Staff exit
exit-title = 工作人员退出
exit-label = 退出代码
exit-wrong = 代码不正确。
exit-not-configured = kiosk.toml 中未设置工作人员退出代码。
exit-wait = 错误次数过多，请稍候。

## Small terminal
too-small = 请把窗口放大（至少 40 × 12）。

## Enrollment (menu 5)
key-save = Enter: 保存
key-finish = Esc: 完成
key-set-up-more = Enter: 继续设置
key-change-question = ←→: 换个问题
enroll-title = 设置您的 PIN 或安全问题
enroll-intro = 请用您的纽约市公立学校用户名和密码登录。
enroll-username = 用户名或学生 ID
enroll-password = 密码
enroll-menu-title = 您的 PIN 和安全问题
enroll-status-pin = PIN
enroll-status-questions = 安全问题
enroll-status-set = 已设置
enroll-status-not-set = 未设置
enroll-create-pin = 创建 PIN
enroll-change-pin = 更改我的 PIN
enroll-set-questions = 设置安全问题
enroll-change-questions = 更改我的安全问题
enroll-finish = 完成
enroll-optional = PIN 和安全问题都是可选的。但如果两样都没有，您就不能在本机或网上自己重设密码。
enroll-young = 如果 PIN 不好记，或学生年龄较小，家长或监护人可以在纽约市学校账户（NYCSA）中重设密码。
enroll-pin-title = 创建您的 PIN
enroll-pin-new = 新 PIN
enroll-pin-confirm = 再输入一次 PIN
enroll-pin-rule-length = 5 到 8 位字母或数字
enroll-pin-rule-repeat = 不是同一个字符重复（如 11111）
enroll-pin-rule-sequence = 不是连续的字符（如 12345）
enroll-pin-rule-birthday = 不是您的出生日期
enroll-pin-mismatch = 两次输入的 PIN 不一致。
enroll-pin-hint = 请选一个您记得住的 PIN。学校里没有人知道，也没有人能看到。
enroll-questions-title = 设置您的安全问题
enroll-questions-hint = 用 ◀ ▶ 选三个不同的问题，并填写您记得住的答案。
enroll-password-again = 请再次输入密码以保存
enroll-wrong-password = 密码不正确。
question-reason-invalid = 请从列表中选择三个问题。
question-reason-repeated = 每个问题只能选一次。
question-reason-length = 每个答案至少要有 3 个字符。
question-reason-answers-repeated = 每个答案都必须不同。
question-reason-question-words = 答案不能使用问题中的词语。
pin-saved-title = 您的 PIN 已保存
pin-saved-body = 现在您可以用这个 PIN 自己重设密码了。我们已向您的纽约市公立学校账户发送电子邮件确认。
questions-saved-title = 您的安全问题已保存
questions-saved-body = 现在您可以用这些答案自己重设密码了。我们已向您的纽约市公立学校账户发送电子邮件确认。
password-temporary-hint = 您是用临时密码登录的。请先设置您自己的密码。
sign-in-failed-body = 用户名或密码不正确。
sign-in-failed-help = 忘记密码了？可以用菜单第 1 项（PIN 或安全问题）重设，也可以请家长或监护人在 NYCSA 中重设，或询问柜台工作人员。
sign-in-failed-nycsa-help = 如果忘记了 NYCSA 密码，请选择菜单第 3 项，通过电子邮件获取重设链接，或询问柜台工作人员。
sign-in-failed-staff-help = 请检查员工 ID、密码和验证码（验证码每 30 秒更换一次，且只能使用一次）。输错 5 次后，员工登录会暂停 15 分钟；主管可以提供帮助。

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: 返回孩子列表
qr-scan = 用手机扫描
parent-title = 家长和监护人
parent-intro = 有了纽约市学校账户（NYCSA），您就可以重设孩子的密码，并查看孩子的账户 ID。
parent-sign-in = 登录我的纽约市学校账户（NYCSA）
parent-no-account = 我没有纽约市学校账户
parent-sign-in-title = 登录纽约市学校账户
parent-sign-in-intro = 请输入您的纽约市学校账户（NYCSA）的电子邮件地址和密码。
parent-email = 电子邮件地址
parent-password = NYCSA 密码
parent-forgot-hint = 忘记了 NYCSA 密码？请返回菜单，选择第 3 项。
children-title = 您的孩子
children-hello = { $name }，您好。请选择一个孩子：
children-none = 此账户还没有关联任何孩子。柜台工作人员或孩子的学校可以帮您。
children-wrong-info = 如果这里关于孩子的信息有误，请联系孩子的学校。
child-show-id = 显示账户 ID
child-reset = 重设密码
child-account-id = 账户 ID
child-email = 电子邮件
child-id-hint = 孩子用这个账户 ID 和自己的密码登录。
child-done-title = 密码已更改
child-done-body = { $name } 现在可以用新密码登录了。我们已向孩子的纽约市公立学校账户和您发送了电子邮件。
no-nycsa-title = 注册纽约市学校账户
no-nycsa-what = 家长和监护人可以通过纽约市学校账户（NYCSA）查看孩子的信息，并重设孩子的密码。
no-nycsa-free = 注册免费。
no-nycsa-how = 如需注册，请询问孩子的学校或 { $center } 的柜台工作人员。您也可以扫描二维码，在 NYCSA 网站上开始注册。
forgot-email = 电子邮件地址
forgot-email-error = 请输入完整的电子邮件地址，例如 name@example.org。
forgot-nycsa-title = 忘记了纽约市学校账户的密码？
forgot-nycsa-intro = 请输入您的纽约市学校账户（NYCSA）的电子邮件地址。我们会发送重设密码的链接。
forgot-myschools-title = 忘记了 MySchools 的密码？
forgot-myschools-intro = 请输入您的 MySchools 账户的电子邮件地址。我们会发送重设密码的链接。
forgot-sent-title = 请查看您的电子邮件
forgot-sent-body = 如果有账户使用这个地址，我们已把重设链接发到这个地址。链接在 30 分钟内有效。
forgot-nycsa-not-arrived = 没有收到邮件？请查看垃圾邮件文件夹。如果问题仍然存在，请联系孩子的学校。
forgot-myschools-not-arrived = 没有收到邮件？请查看垃圾邮件文件夹。如有其他 MySchools 问题，请咨询孩子学校的辅导员，到家庭欢迎中心寻求帮助，或致电 718-935-2009。

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: 帮助
key-close-help = Esc: 关闭
key-send = Enter: 发送
key-change = Esc: 修改
key-change-topic = ←→: 主题
offline-banner = 目前无法连接账户服务。求助电话：718-935-2009
help-title = 帮助和联系方式
help-school = 有关孩子账户的大多数问题，请联系孩子的学校或学校辅导员。
help-center = 在本家庭欢迎中心（{ $center }），柜台工作人员可以当面帮助您。
help-phone = 电话：718-935-2009
help-support-hub = 您也可以在这里提交求助请求（菜单第 6 项），或扫描二维码在 Support Hub 网站上提交。
ticket-title = 提交求助请求
ticket-intro = 请告诉我们您需要什么帮助。我们会通过电子邮件或电话答复您。
ticket-topic = 主题
ticket-topic-student_password = 学生密码
ticket-topic-nycsa = 纽约市学校账户（NYCSA）
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = 孩子的信息有误
ticket-topic-other = 其他问题
ticket-description = 您需要什么帮助？
ticket-name = 您的姓名
ticket-email = 电子邮件（或在下面填写电话号码）
ticket-phone = 电话号码
ticket-error-topic = 请选择一个主题。
ticket-error-description = 请描述您的问题。
ticket-error-name = 请输入您的姓名。
ticket-error-email = 电子邮件地址不完整。
ticket-error-phone = 请输入带区号的电话号码。
ticket-error-contact = 请填写电子邮件或电话号码。
ticket-error-language = 请选择语言。
ticket-review-title = 请核对您的请求
ticket-review-hint = 信息都正确吗？按 Enter 发送；按 Esc 返回修改。
ticket-review-topic = 主题
ticket-review-description = 您的留言
ticket-review-name = 姓名
ticket-review-email = 电子邮件
ticket-review-phone = 电话
ticket-done-title = 您的请求已提交
ticket-done-number = 您的请求编号：
ticket-done-body = 请记下 { $ticket }。我们会与您联系。如需跟进，请用手机扫描二维码。

## Counter mode (staff)
key-sign-out = F10: 退出登录
key-search = Enter: 搜索
staff-sign-in-title = 工作人员登录
staff-sign-in-intro = 这是柜台终端。工作人员请用员工 ID、密码和身份验证器应用中的 6 位数验证码登录。
staff-id = 员工 ID
staff-password = 密码
staff-code = 6 位数验证码
staff-home-title = 柜台
staff-find = 查找学生
staff-family-menu = 用家庭菜单帮助来访者
staff-report = 今日报告
staff-sign-out = 退出登录
report-title = 今日报告
report-day = { $day } — 来访次数：{ $visits }
report-median-visit = 从第一次按键到来访结束的时间（中位数）：{ $time }
report-handoff-waits = 转到柜台并已接待：{ $claimed }。等候时间：中位数 { $median }，最长 { $longest }
report-duration = { $minutes } 分 { $seconds } 秒
report-none = 暂无
report-all = 合计
report-password-changed = 已更改密码
report-enrolled = 已设置 PIN 或问题
report-handed-off = 转到柜台
report-gave-up = 未完成就离开
report-week = 最近 7 天的来访
staff-find-title = 查找学生
staff-find-hint = 学生 ID、用户名，或姓氏加出生日期（Martinez 03/14/2012）。
staff-find-label = 搜索
staff-find-none = 没有相符的学生。请检查拼写或出生日期。
staff-student-id = 学生 ID
staff-questions = 安全问题
staff-yes = 有
staff-no = 无
staff-paused = 自助服务暂停
staff-paused-temporary = 15 分钟
staff-paused-until_reset = 直到家长或工作人员重设
staff-last-reset = 上次重设
staff-must-change = 有一个临时密码尚待更改。
staff-audit = 最近活动
staff-check-needed = 请先当面核验来访者的身份。
staff-check-ok = 身份已核验。请选择操作：
staff-check-recorded = 身份核验已记录，10 分钟内有效。
staff-check-expired = 身份核验已过期，请重新核验。
staff-action-check = 记录身份核验
staff-action-visitor-password = 重设：由来访者输入新密码
staff-action-temporary = 重设为临时密码
staff-action-resume = 恢复自助服务
staff-action-clear-pin = 清除 PIN
staff-action-clear-questions = 清除安全问题
staff-action-refresh = 刷新
staff-done-resume = 自助服务已恢复。
staff-done-clear-pin = PIN 已清除。学生可以重新创建。
staff-done-clear-questions = 安全问题已清除。学生可以重新设置。
staff-done-visitor-password = 来访者的新密码已保存。
staff-check-title = 身份核验
staff-check-intro = 来访者是谁？您查看了哪种证件？
staff-visitor = 来访者
staff-visitor-student = 学生本人
staff-visitor-parent = 家长
staff-visitor-guardian = 监护人
staff-document = 查看的证件（例如：纽约市身份证）
staff-note = 备注（选填）
staff-adult = 哪位成年人
staff-adult-unlisted = 不在此列表中
staff-override-hint = 只有主管可以批准与该学生没有关联的成年人。请在下方写明原因（例如：已查看监护权文件）。
staff-override-reason = 主管填写的原因（至少 10 个字符）
staff-guardian-not-linked = 这位成年人与该学生没有关联。请选择已关联的家长或监护人，或请主管处理。
staff-supervisor-required = 只有主管可以批准没有关联的成年人。请主管在此柜台登录。
staff-relationship-parent = 家长
staff-relationship-guardian = 监护人
staff-relationship-relative = 亲属
staff-guardians = 家长和监护人
staff-guardians-none = 无关联人
staff-turn-title = 请把键盘转向来访者
staff-turn-body = 请把键盘转向来访者。
staff-turn-note = 来访者输入两次新密码。密码不会显示，工作人员始终看不到。
staff-temp-title = 临时密码
staff-temp-intro = 请把这个临时密码交给来访者。它只显示一次：
staff-temp-must-change = 学生下次登录时必须设置新密码（自助机菜单第 5 项）。
staff-temp-countdown = 此密码将在 { $seconds } 秒后消失。

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: 再听一遍
key-voice = F5: 语音开/关
speech-press = { $choice }，请按 { $number }。
speech-language-choice = 中文请按 { $number }。
speech-keys = 按 Enter 继续，按 Esc 返回。按 F4 再听一遍，按 F5 关闭语音。
speech-off = 语音已关闭。按 F5 可以重新打开。
speech-secret-typed = { $count ->
    [1] 一个字符
   *[other] { $count } 个字符
  }
speech-secret-deleted = 已删除

## Ask at the counter (hand-offs)
key-counter = F6: 到柜台求助
help-counter = 遇到困难？按 F6 取一个柜台号码。
handoff-title = 到柜台求助
handoff-sending = 正在为您取柜台号码…
handoff-number-label = 您的柜台号码：
handoff-tell = 请到柜台说出您的号码：{ $number }。工作人员能看到您在这里遇到的情况，您不用再解释一遍。
handoff-tell-short = 请到柜台说出您的号码：{ $number }。
handoff-body = 柜台工作人员会当面帮助您。要离开此画面，请按 Enter。
handoff-offline = 本机现在无法连接账户服务，所以没有号码。请照样到柜台，工作人员会帮助您。
handoff-reason-no-method = 没有 PIN 或安全问题
handoff-reason-paused = 自助服务已暂停
handoff-reason-too-soon = 30 天规定
handoff-reason-sign-in-failed = 登录失败
handoff-reason-not-found = 找不到学生
handoff-reason-refused = 服务拒绝
handoff-reason-asked = 主动求助
staff-queue-title = 自助机转来的家庭（{ $count }）
staff-queue-empty = 目前没有人在等。
staff-queue-new = 新
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } 分钟
staff-queue-unreachable = 无法更新排队名单，正在重试。
staff-handoff-taken = 已被其他柜台接手。
staff-handoff-gone = 这个转交已过期或不再有效。
staff-find-handoff = 转交 { $handoff }。自助机没有核实学生身份：请在这里查找。
