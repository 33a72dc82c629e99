# Confirmation emails — Simplified Chinese

## Common
greeting = { $first_name }，您好：
greeting-parent = 您好：
not-you = 如果这不是您要求的，请尽快联系学校或学校辅导员，或拨打纽约市公立学校热线 718-935-2009。
signature = 纽约市公立学校 — 家庭欢迎中心
footer = 这是系统自动发送的邮件。请不要回复，因为没有人会阅读回复。

## password_changed
password_changed-subject = 您的密码已更改
password_changed-p1 = 您的学校账户 { $username } 的密码已于 { $changed_at } 更改。
password_changed-p2 = 现在您可以用新密码登录您的学校账户。

## child_password_changed
child_password_changed-subject = 您已更改孩子的密码
child_password_changed-p1 = 您已于 { $changed_at } 通过您的纽约市学校账户（NYCSA）更改了孩子 { $first_name } 的学校账户（{ $username }）的密码。
child_password_changed-p2 = 请当面把新密码告诉孩子。不要用短信或电子邮件发送。

## pin_set
pin_set-subject = 您的 PIN 已保存
pin_set-p1 = 您的账户 { $username } 已于 { $at } 保存了 PIN。
pin_set-p2 = 有了这个 PIN，您可以在家庭欢迎中心的自助机上自己重设密码。请对 PIN 保密，绝不要告诉任何人。

## questions_set
questions_set-subject = 您的安全问题已保存
questions_set-p1 = 您的账户 { $username } 已于 { $at } 保存了安全问题。
questions_set-p2 = 您可以回答这些问题，自己重设密码。请不要把答案告诉任何人。

## nycsa_reset_link
nycsa_reset_link-subject = 重设您的纽约市学校账户密码
nycsa_reset_link-greeting = { $name }，您好：
nycsa_reset_link-p1 = 要为您的纽约市学校账户（NYCSA）设置新密码，请打开这个链接：{ $link }
nycsa_reset_link-p2 = 此链接只能使用一次，并且只在 { $expires_in_minutes } 分钟内有效。

## myschools_reset_link
myschools_reset_link-subject = 重设您的 MySchools 密码
myschools_reset_link-greeting = { $name }，您好：
myschools_reset_link-p1 = 要为您的 MySchools 账户（申请纽约市公立学校的网站）设置新密码，请打开这个链接：{ $link }
myschools_reset_link-p2 = 此链接只能使用一次，并且只在 { $expires_in_minutes } 分钟内有效。

## self_service_resumed
self_service_resumed-subject = 您又可以自己重设密码了
self_service_resumed-p1 = { $center } 的工作人员已于 { $at } 为您的账户 { $username } 重新开启了自助重设密码功能。
self_service_resumed-p2 = 现在您又可以用您的 PIN 或安全问题自己重设密码了。

## pin_cleared
pin_cleared-subject = 您的 PIN 已被删除
pin_cleared-p1 = { $center } 的工作人员已于 { $at } 删除了您的账户 { $username } 的 PIN。
pin_cleared-p2 = 登录后，您可以在家庭欢迎中心的自助机上设置新的 PIN。

## questions_cleared
questions_cleared-subject = 您的安全问题已被删除
questions_cleared-p1 = { $center } 的工作人员已于 { $at } 删除了您的账户 { $username } 的安全问题。
questions_cleared-p2 = 登录后，您可以在家庭欢迎中心的自助机上设置新的安全问题。

## guardian_notice
guardian_notice-subject = 您孩子的学校账户有变动
guardian_notice-p1 = { $change ->
     [pin_set] 已于 { $at } 为 { $first_name } 的学校账户（{ $username }）保存了 PIN。
     [questions_set] 已于 { $at } 为 { $first_name } 的学校账户（{ $username }）保存了安全问题。
     [pin_cleared] { $first_name } 的学校账户（{ $username }）的 PIN 已于 { $at } 被删除。
     [questions_cleared] { $first_name } 的学校账户（{ $username }）的安全问题已于 { $at } 被删除。
    *[password] { $first_name } 的学校账户（{ $username }）的密码已于 { $at } 更改。
}
guardian_notice-p2 = { $place ->
     [nycsa] 此操作是由另一位家长或监护人通过其纽约市学校账户（NYCSA）完成的。
     [counter] 此操作是由 { $center } 的工作人员在核实申请人身份后完成的。
    *[kiosk] 此操作是在家庭欢迎中心的自助机上完成的。
}
guardian_notice-p3 = 如果您、您的孩子或孩子的其他监护人都没有提出这项请求，请立即致电家庭欢迎中心：718-935-2009。
