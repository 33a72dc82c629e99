# Confirmation emails — Korean

## Common
greeting = { $first_name } 님, 안녕하세요.
greeting-parent = 안녕하세요, 학부모님.
not-you = 본인이 요청하지 않았다면 바로 학교나 학교 상담 교사에게 연락하시거나, 뉴욕시 공립학교 핫라인 718-935-2009로 전화해 주세요.
signature = 뉴욕시 공립학교 — 패밀리 웰컴 센터
footer = 이 메일은 자동으로 보내는 메일입니다. 답장은 아무도 읽지 않으니 답장하지 마세요.

## password_changed
password_changed-subject = 비밀번호가 변경되었습니다
password_changed-p1 = 학교 계정 { $username }의 비밀번호가 { $changed_at }에 변경되었습니다.
password_changed-p2 = 이제 새 비밀번호로 학교 계정에 로그인할 수 있습니다.

## child_password_changed
child_password_changed-subject = 자녀의 비밀번호를 변경하셨습니다
child_password_changed-p1 = { $changed_at }에 NYC 학교 계정(NYCSA)에서 자녀 { $first_name } 학생의 학교 계정({ $username }) 비밀번호를 변경하셨습니다.
child_password_changed-p2 = 새 비밀번호는 자녀를 직접 만나서 알려 주세요. 문자 메시지나 이메일로 보내지 마세요.

## pin_set
pin_set-subject = PIN이 저장되었습니다
pin_set-p1 = { $at }에 계정 { $username }의 PIN이 저장되었습니다.
pin_set-p2 = 이 PIN으로 웰컴 센터 키오스크에서 비밀번호를 직접 재설정할 수 있습니다. PIN은 비밀로 하고 절대 다른 사람에게 알려 주지 마세요.

## questions_set
questions_set-subject = 보안 질문이 저장되었습니다
questions_set-p1 = { $at }에 계정 { $username }의 보안 질문이 저장되었습니다.
questions_set-p2 = 이 질문에 답하면 비밀번호를 직접 재설정할 수 있습니다. 답은 아무에게도 알려 주지 마세요.

## nycsa_reset_link
nycsa_reset_link-subject = NYC 학교 계정 비밀번호 재설정
nycsa_reset_link-greeting = { $name } 님, 안녕하세요.
nycsa_reset_link-p1 = NYC 학교 계정(NYCSA)의 새 비밀번호를 정하려면 이 링크를 여세요: { $link }
nycsa_reset_link-p2 = 이 링크는 한 번만, 그리고 { $expires_in_minutes }분 동안만 사용할 수 있습니다.

## myschools_reset_link
myschools_reset_link-subject = MySchools 비밀번호 재설정
myschools_reset_link-greeting = { $name } 님, 안녕하세요.
myschools_reset_link-p1 = MySchools 계정(뉴욕시 공립학교 입학 지원 웹사이트)의 새 비밀번호를 정하려면 이 링크를 여세요: { $link }
myschools_reset_link-p2 = 이 링크는 한 번만, 그리고 { $expires_in_minutes }분 동안만 사용할 수 있습니다.

## self_service_resumed
self_service_resumed-subject = 이제 다시 비밀번호를 직접 재설정할 수 있습니다
self_service_resumed-p1 = { $at }에 { $center } 직원이 계정 { $username }의 비밀번호 직접 재설정 기능을 다시 켰습니다.
self_service_resumed-p2 = 이제 다시 PIN이나 보안 질문으로 비밀번호를 직접 재설정할 수 있습니다.

## pin_cleared
pin_cleared-subject = PIN이 삭제되었습니다
pin_cleared-p1 = { $at }에 { $center } 직원이 계정 { $username }의 PIN을 삭제했습니다.
pin_cleared-p2 = 로그인한 후 웰컴 센터 키오스크에서 새 PIN을 설정할 수 있습니다.

## questions_cleared
questions_cleared-subject = 보안 질문이 삭제되었습니다
questions_cleared-p1 = { $at }에 { $center } 직원이 계정 { $username }의 보안 질문을 삭제했습니다.
questions_cleared-p2 = 로그인한 후 웰컴 센터 키오스크에서 새 보안 질문을 설정할 수 있습니다.

## guardian_notice
guardian_notice-subject = 자녀의 학교 계정에 변경 사항이 있습니다
guardian_notice-p1 = { $change ->
     [pin_set] { $at }에 { $first_name } 학생의 학교 계정({ $username })에 PIN이 저장되었습니다.
     [questions_set] { $at }에 { $first_name } 학생의 학교 계정({ $username })에 보안 질문이 저장되었습니다.
     [pin_cleared] { $at }에 { $first_name } 학생의 학교 계정({ $username }) PIN이 삭제되었습니다.
     [questions_cleared] { $at }에 { $first_name } 학생의 학교 계정({ $username }) 보안 질문이 삭제되었습니다.
    *[password] { $at }에 { $first_name } 학생의 학교 계정({ $username }) 비밀번호가 변경되었습니다.
}
guardian_notice-p2 = { $place ->
     [nycsa] 다른 학부모 또는 보호자가 본인의 NYC 학교 계정(NYCSA)으로 변경했습니다.
     [counter] { $center } 직원이 요청한 사람의 신원을 확인한 후 변경했습니다.
    *[kiosk] 패밀리 웰컴 센터 키오스크에서 변경되었습니다.
}
guardian_notice-p3 = 본인, 자녀, 또는 자녀의 다른 학부모나 보호자가 요청하지 않았다면 즉시 패밀리 웰컴 센터(718-935-2009)로 전화해 주세요.
