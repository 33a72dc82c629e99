# Welcome Center Kiosk — 한국어 (Korean).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = { $total }단계 중 { $step }단계
please-wait = 잠시 기다려 주세요…

## Footer keys
key-continue = Enter: 계속
key-back = Esc: 뒤로
key-move = Tab/↑↓: 이동
key-select = ↑↓: 선택
key-language = F2: 언어
key-show-hide = F3: 보기/숨기기
key-menu = Esc: 메뉴
key-start-over = Enter: 처음으로
key-try-again = Enter: 다시 시도

## Language picker
language-title = 언어를 선택하세요
language-hint = ↑ ↓ 키와 Enter를 사용하거나 번호를 누르세요.

## Menu
menu-title = 무엇을 도와드릴까요?
menu-student-reset = 학생 — 내 뉴욕시 공립학교 비밀번호 재설정
menu-parent = 학부모 및 보호자 — 자녀 비밀번호 재설정 또는 자녀 계정 ID 찾기(NYCSA)
menu-forgot-nycsa = NYC 학교 계정(NYCSA) 비밀번호를 잊어버렸어요
menu-forgot-myschools = MySchools 비밀번호를 잊어버렸어요
menu-enroll = 학생 — 내 PIN 또는 보안 질문 설정
menu-ticket = 지원 요청 접수
menu-help = 기타 도움말 및 연락처

not-ready-title = 이 키오스크에서는 아직 이용할 수 없습니다
not-ready-body = 이 메뉴는 아직 이 키오스크에서 이용할 수 없습니다. 지금 창구 직원에게 도움을 받거나 718-935-2009로 전화하세요.

## Student reset: lookup
lookup-title = 뉴욕시 공립학교 비밀번호 재설정
lookup-intro = 사용자 이름(예: AvaM1234) 또는 9자리 학생 ID와 생년월일을 입력하세요.
lookup-student = 사용자 이름 또는 학생 ID
lookup-birth-date = 생년월일 (MM/DD/YYYY, 월/일/년)
lookup-date-understood = 이렇게 이해했습니다: { $date }. 생년월일이 아니면 고쳐 주세요.
date-in-words = { $year }년 { $month }월 { $day }일
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
lookup-error-student = 사용자 이름(예: AvaM1234) 또는 9자리 학생 ID를 입력하세요.
lookup-error-birth-date = 생년월일을 월/일/년 순서로 입력하세요. 예: 03/14/2012

## Student reset: method
method-title = 어떤 방법으로 본인 확인을 하시겠어요?
method-pin = 내 PIN으로
method-questions = 내 보안 질문으로
no-method-title = 아직 PIN이나 보안 질문이 없습니다
no-method-body = 비밀번호를 직접 재설정하려면 PIN이나 보안 질문이 필요한데, 아직 설정하지 않았습니다. 그래도 새 비밀번호를 받을 수 있습니다:
no-method-parent = • 부모님이나 보호자에게 NYC 학교 계정(NYCSA)에서 재설정해 달라고 하세요. 계정이 없으면 무료로 만들 수 있습니다.
no-method-school = • 학교나 이 웰컴 센터 창구 직원에게 재설정해 달라고 하세요.
no-method-enroll = 다시 로그인한 후 PIN이나 보안 질문을 설정하면(메뉴 5번), 다음에는 직접 재설정할 수 있습니다.

## Student reset: PIN
pin-title = PIN을 입력하세요
pin-label = PIN
pin-hint = PIN은 직접 정한 5~8자리 영문자 또는 숫자입니다. 비밀번호가 아닙니다.

## Student reset: questions
questions-title = 보안 질문에 답하세요
questions-hint = 정했던 답을 입력하세요. 대소문자와 여분의 공백은 상관없습니다.

question-first_pet = 처음 키운 반려동물의 이름은 무엇인가요?
question-birth_city = 태어난 도시는 어디인가요?
question-favorite_teacher = 가장 좋아하는 선생님은 누구인가요?
question-favorite_book = 가장 좋아하는 책은 무엇인가요?
question-favorite_food = 가장 좋아하는 음식은 무엇인가요?
question-best_friend = 가장 친한 친구의 이름은 무엇인가요?
question-first_school = 처음 다닌 학교의 이름은 무엇인가요?
question-favorite_sport = 가장 좋아하는 운동 종목은 무엇인가요?
question-favorite_place = 가장 즐겨 가는 곳은 어디인가요?
question-favorite_movie = 가장 좋아하는 영화는 무엇인가요?
question-favorite_animal = 가장 좋아하는 동물은 무엇인가요?
question-dream_job = 커서 어떤 일을 하고 싶나요?
question-favorite_game = 가장 좋아하는 게임은 무엇인가요?
question-grandmother_name = 할머니의 이름은 무엇인가요?
question-unknown = 보안 질문

## New password
password-title = 새 비밀번호를 정하세요
password-new = 새 비밀번호
password-confirm = 한 번 더 입력
password-rule-length = 8~64자
password-rule-common = 흔한 비밀번호가 아님
password-rule-name = 이름이나 사용자 이름이 들어 있지 않음
password-rule-child-name = 자녀의 이름이나 계정 ID가 들어 있지 않음
password-rule-strength = 추측하기 어려움
password-rule-match = 두 입력이 일치함
password-mismatch = 두 번 입력한 내용이 다릅니다.
password-rule-current = 현재 비밀번호와 다름
password-strength = 강도: { $label }
strength-0 = 매우 약함
strength-1 = 약함
strength-2 = 보통
strength-3 = 좋음
strength-4 = 강함
password-hint = 팁: 아무렇게나 고른 단어 서너 개는 기억하기 쉽고 추측하기 어렵습니다.
password-fix-first = 새 비밀번호가 아직 모든 규칙을 충족하지 않습니다. 목록을 확인하세요.

## Done
done-title = 비밀번호가 변경되었습니다
done-body = 이제 새 비밀번호로 로그인할 수 있습니다. 변경을 확인하는 이메일을 뉴욕시 공립학교 계정으로 보냈습니다.
done-return = { $seconds }초 후 이 화면이 처음으로 돌아갑니다.

## Problems
problem-title = 계속할 수 없습니다
not-verified-body = 입력한 정보와 일치하는 학생이 없습니다. 사용자 이름 또는 학생 ID와 생년월일을 확인한 후 다시 시도하세요.
not-verified-help = 정보가 맞다고 확신하시나요? 틀린 시도가 너무 많으면 셀프 서비스가 잠시 중지됩니다. 부모님이나 보호자가 NYCSA에서 비밀번호를 재설정할 수 있고, 창구 직원이 지금 도와드릴 수도 있습니다.
too-many-tries-body = 시도 횟수가 너무 많습니다. 계정을 안전하게 지키기 위해 잠시 동안 다시 시도할 수 없습니다. 지금 창구 직원에게 도움을 요청하세요.
verification-failed-body = { $method ->
    [pin] PIN이 일치하지 않습니다.
   *[questions] 답이 일치하지 않습니다.
  }
attempts-left = { $count ->
   *[other] { $count }번 더 시도할 수 있습니다. 그 후에는 셀프 서비스가 일시 중지됩니다.
  }
paused-temporary-body = 잘못된 시도가 너무 많아 이 계정의 셀프 서비스가 일시 중지되었습니다. { $minutes ->
   *[other] { $minutes }분
  } 후에 다시 시도할 수 있습니다.
paused-until-reset-body = 잘못된 시도가 너무 많아 이 계정의 셀프 서비스가 중지되었습니다.
paused-help = 부모님이나 보호자가 NYC 학교 계정(NYCSA)에서 비밀번호를 재설정할 수 있고, 지금 창구 직원이 도와드릴 수도 있습니다.
too-soon-body = 비밀번호는 30일에 한 번 직접 재설정할 수 있습니다. { $date }부터 다시 직접 할 수 있습니다.
too-soon-help = 지금 필요하면 부모님이나 보호자가 NYC 학교 계정(NYCSA)에서 재설정할 수 있고, 창구 직원이 도와드릴 수도 있습니다.
flow-expired-body = 시간이 너무 오래 걸려서 안전을 위해 중단했습니다. 처음부터 다시 시작하세요.
offline-body = 지금은 계정 서비스에 연결할 수 없습니다. 몇 분 후에 다시 시도하세요.
offline-help = 지금 도움이 필요하면 창구 직원에게 문의하거나 718-935-2009로 전화하세요.
unauthorized-body = 이 키오스크는 계정 서비스에 등록되어 있지 않습니다. 창구 직원에게 알려 주세요.
unauthorized-counter-body = 이 창구 단말기는 계정 서비스에 등록되어 있지 않거나 등록이 취소되었습니다. 감독자나 IT 담당자에게 다시 등록해 달라고 요청하세요(account-service devices add --mode counter).
internal-body = 저희 쪽에 문제가 생겼습니다. 다시 시도하거나 창구 직원에게 문의하세요.
directory-unavailable-body = 학교 시스템의 비밀번호 디렉터리가 지금 응답하지 않습니다. 비밀번호는 변경되지 않았습니다.
directory-unavailable-help = 몇 분 후에 다시 시도하세요. 이번 시도는 계정의 실패 횟수에 포함되지 않았습니다. 지금 도움이 필요하면 창구 직원에게 문의하세요.
session-ended-body = 이 키오스크에서 잘못된 시도가 너무 많았습니다. 안전을 위해 처음부터 다시 시작했습니다.

## Password rejected by the service
reason-too_short = 8자보다 짧습니다.
reason-too_long = 64자보다 깁니다.
reason-common = 흔히 쓰는 비밀번호라서 추측하기 쉽습니다.
reason-contains_name = 이름이나 사용자 이름이 들어 있습니다.
reason-too_weak = 너무 추측하기 쉽습니다.
reason-same_as_current = 현재 비밀번호와 같습니다.
reason-invisible_character = 화면에 보이지 않는 문자가 들어 있습니다. 다시 입력해 주세요.
reason-directory_policy = 학교 시스템 자체의 비밀번호 규칙이 이 비밀번호를 받아들이지 않았습니다. 단어 서너 개로 된 더 긴 비밀번호를 사용해 보세요.
reason-directory_account = 학교 시스템이 이 계정의 비밀번호를 변경할 수 없었습니다. 창구 직원에게 문의하세요.

## Idle
idle-title = 아직 계신가요?
idle-body = 개인정보 보호를 위해 { $seconds }초 후 이 키오스크가 처음으로 돌아갑니다.
idle-keep = 계속하려면 아무 키나 누르세요.

## Staff exit
exit-title = 직원용 종료
exit-label = 종료 코드
exit-wrong = 코드가 올바르지 않습니다.
exit-not-configured = kiosk.toml에 종료 코드가 없습니다.
exit-wait = 잘못된 코드가 너무 많습니다. 잠시 기다려 주세요.

## Small terminal
too-small = 창을 더 크게 해 주세요(최소 40 × 12).

## Enrollment (menu 5)
key-save = Enter: 저장
key-finish = Esc: 마치기
key-set-up-more = Enter: 더 설정하기
key-change-question = ←→: 다른 질문
enroll-title = PIN 또는 보안 질문을 설정하세요
enroll-intro = 뉴욕시 공립학교 사용자 이름과 비밀번호로 로그인하세요.
enroll-username = 사용자 이름 또는 학생 ID
enroll-password = 비밀번호
enroll-menu-title = 내 PIN과 보안 질문
enroll-status-pin = PIN
enroll-status-questions = 보안 질문
enroll-status-set = 설정됨
enroll-status-not-set = 설정 안 됨
enroll-create-pin = PIN 만들기
enroll-change-pin = 내 PIN 변경
enroll-set-questions = 보안 질문 설정
enroll-change-questions = 내 보안 질문 변경
enroll-finish = 마치기
enroll-optional = PIN과 보안 질문은 선택 사항입니다. 둘 다 없으면 이 키오스크나 온라인에서 비밀번호를 직접 재설정할 수 없습니다.
enroll-young = PIN을 기억하기 어렵거나 학생이 어리면, 부모님이나 보호자가 NYC 학교 계정(NYCSA)에서 비밀번호를 재설정할 수 있습니다.
enroll-pin-title = PIN을 만드세요
enroll-pin-new = 새 PIN
enroll-pin-confirm = PIN 한 번 더 입력
enroll-pin-rule-length = 영문자 또는 숫자 5~8자리
enroll-pin-rule-repeat = 같은 문자만 반복하지 않음(예: 11111)
enroll-pin-rule-sequence = 연속된 순서가 아님(예: 12345)
enroll-pin-rule-birthday = 생년월일이 아님
enroll-pin-mismatch = 두 PIN이 서로 다릅니다.
enroll-pin-hint = 기억할 수 있는 PIN을 정하세요. 학교에서는 아무도 PIN을 알거나 볼 수 없습니다.
enroll-questions-title = 보안 질문을 설정하세요
enroll-questions-hint = ◀ ▶로 서로 다른 질문 세 개를 고르고, 기억할 수 있는 답을 정하세요.
enroll-password-again = 저장하려면 비밀번호를 한 번 더 입력하세요
enroll-wrong-password = 비밀번호가 올바르지 않습니다.
question-reason-invalid = 목록에서 질문 세 개를 고르세요.
question-reason-repeated = 같은 질문은 한 번만 고를 수 있습니다.
question-reason-length = 답은 각각 3자 이상이어야 합니다.
question-reason-answers-repeated = 답은 모두 달라야 합니다.
question-reason-question-words = 답에 질문에 있는 단어를 쓸 수 없습니다.
pin-saved-title = PIN이 저장되었습니다
pin-saved-body = 이제 이 PIN으로 비밀번호를 직접 재설정할 수 있습니다. 확인 이메일을 뉴욕시 공립학교 계정으로 보냈습니다.
questions-saved-title = 보안 질문이 저장되었습니다
questions-saved-body = 이제 이 답으로 비밀번호를 직접 재설정할 수 있습니다. 확인 이메일을 뉴욕시 공립학교 계정으로 보냈습니다.
password-temporary-hint = 임시 비밀번호로 로그인했습니다. 먼저 본인의 비밀번호를 새로 정하세요.
sign-in-failed-body = 사용자 이름 또는 비밀번호가 올바르지 않습니다.
sign-in-failed-help = 비밀번호를 잊으셨나요? 메뉴 1번에서 PIN이나 보안 질문을 쓰거나, 부모님이나 보호자에게 NYCSA에서 재설정해 달라고 하거나, 창구 직원에게 문의하세요.
sign-in-failed-nycsa-help = NYCSA 비밀번호를 잊으셨다면 메뉴에서 3번을 선택해 이메일로 재설정 링크를 받거나 창구 직원에게 문의하세요.
sign-in-failed-staff-help = 직원 ID, 비밀번호, 코드를 확인하세요(코드는 30초마다 바뀌고 한 번만 쓸 수 있습니다). 5번 틀리면 직원 로그인이 15분 동안 중지됩니다. 감독자가 도와줄 수 있습니다.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: 자녀 목록으로
qr-scan = 휴대폰으로 스캔하세요
parent-title = 학부모 및 보호자
parent-intro = NYC 학교 계정(NYCSA)이 있으면 자녀의 비밀번호를 재설정하고 자녀의 계정 ID를 볼 수 있습니다.
parent-sign-in = 내 NYC 학교 계정(NYCSA)에 로그인
parent-no-account = NYC 학교 계정이 없어요
parent-sign-in-title = NYC 학교 계정 로그인
parent-sign-in-intro = NYC 학교 계정(NYCSA)의 이메일 주소와 비밀번호를 입력하세요.
parent-email = 이메일 주소
parent-password = NYCSA 비밀번호
parent-forgot-hint = NYCSA 비밀번호를 잊으셨나요? 메뉴로 돌아가 3번을 선택하세요.
children-title = 자녀 목록
children-hello = { $name }님, 안녕하세요. 자녀를 선택하세요:
children-none = 아직 이 계정에 연결된 자녀가 없습니다. 창구 직원이나 자녀의 학교에서 도와드릴 수 있습니다.
children-wrong-info = 여기 나온 자녀 정보가 틀렸다면 자녀의 학교에 연락하세요.
child-show-id = 계정 ID 보기
child-reset = 비밀번호 재설정
child-account-id = 계정 ID
child-email = 이메일
child-id-hint = 자녀는 이 계정 ID와 자신의 비밀번호로 로그인합니다.
child-done-title = 비밀번호가 변경되었습니다
child-done-body = 이제 { $name } 학생이 새 비밀번호로 로그인할 수 있습니다. 자녀의 뉴욕시 공립학교 계정과 보호자님께 이메일을 보냈습니다.
no-nycsa-title = NYC 학교 계정 만들기
no-nycsa-what = NYC 학교 계정(NYCSA)이 있으면 학부모와 보호자가 자녀의 정보를 보고 자녀의 비밀번호를 재설정할 수 있습니다.
no-nycsa-free = 무료입니다.
no-nycsa-how = 계정을 만들려면 자녀의 학교나 { $center } 창구 직원에게 문의하세요. QR 코드로 NYCSA 웹사이트에서 시작할 수도 있습니다.
forgot-email = 이메일 주소
forgot-email-error = 이메일 주소를 모두 입력하세요. 예: name@example.org
forgot-nycsa-title = NYC 학교 계정 비밀번호를 잊으셨나요?
forgot-nycsa-intro = NYC 학교 계정(NYCSA)의 이메일 주소를 입력하세요. 비밀번호 재설정 링크를 보내 드립니다.
forgot-myschools-title = MySchools 비밀번호를 잊으셨나요?
forgot-myschools-intro = MySchools 계정의 이메일 주소를 입력하세요. 비밀번호 재설정 링크를 보내 드립니다.
forgot-sent-title = 이메일을 확인하세요
forgot-sent-body = 이 주소를 쓰는 계정이 있으면 그 주소로 재설정 링크를 보냈습니다. 링크는 30분 동안 유효합니다.
forgot-nycsa-not-arrived = 이메일이 안 왔나요? 스팸 폴더를 확인하세요. 문제가 계속되면 자녀의 학교에 연락하세요.
forgot-myschools-not-arrived = 이메일이 안 왔나요? 스팸 폴더를 확인하세요. MySchools의 다른 문제는 자녀 학교의 상담 교사와 이야기하거나, 패밀리 웰컴 센터에서 도움을 받거나, 718-935-2009로 전화하세요.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: 도움말
key-close-help = Esc: 닫기
key-send = Enter: 보내기
key-change = Esc: 수정
key-change-topic = ←→: 주제
offline-banner = 지금은 계정 서비스에 연결할 수 없습니다. 도움: 718-935-2009
help-title = 도움말 및 연락처
help-school = 자녀 계정에 관한 대부분의 질문은 자녀의 학교나 학교 상담 교사에게 문의하세요.
help-center = 이 패밀리 웰컴 센터({ $center })에서는 창구 직원이 직접 도와드릴 수 있습니다.
help-phone = 전화: 718-935-2009
help-support-hub = 여기에서(메뉴 6번) 또는 QR 코드로 Support Hub 웹사이트에서 지원 요청을 접수할 수도 있습니다.
ticket-title = 지원 요청 접수
ticket-intro = 필요한 도움을 알려 주세요. 이메일이나 전화로 답변해 드립니다.
ticket-topic = 주제
ticket-topic-student_password = 학생 비밀번호
ticket-topic-nycsa = NYC 학교 계정(NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = 자녀 정보가 틀림
ticket-topic-other = 기타
ticket-description = 어떤 도움이 필요하신가요?
ticket-name = 이름
ticket-email = 이메일(또는 아래에 전화번호)
ticket-phone = 전화번호
ticket-error-topic = 주제를 선택하세요.
ticket-error-description = 문제를 설명해 주세요.
ticket-error-name = 이름을 입력해 주세요.
ticket-error-email = 이메일 주소가 완전하지 않습니다.
ticket-error-phone = 지역 번호를 포함한 전화번호를 입력하세요.
ticket-error-contact = 이메일이나 전화번호를 입력하세요.
ticket-error-language = 언어를 선택해 주세요.
ticket-review-title = 요청 내용 확인
ticket-review-hint = 모두 맞나요? Enter를 누르면 보내고, Esc를 누르면 돌아가서 수정합니다.
ticket-review-topic = 주제
ticket-review-description = 메시지
ticket-review-name = 이름
ticket-review-email = 이메일
ticket-review-phone = 전화
ticket-done-title = 요청이 접수되었습니다
ticket-done-number = 요청 번호:
ticket-done-body = { $ticket } 번호를 적어 두세요. 저희가 연락드리겠습니다. 진행 상황은 휴대폰으로 QR 코드를 스캔해 확인하세요.

## Counter mode (staff)
key-sign-out = F10: 로그아웃
key-search = Enter: 검색
staff-sign-in-title = 직원 로그인
staff-sign-in-intro = 창구용 단말기입니다. 직원은 직원 ID, 비밀번호, 인증 앱의 6자리 코드로 로그인합니다.
staff-id = 직원 ID
staff-password = 비밀번호
staff-code = 6자리 코드
staff-home-title = 창구
staff-find = 학생 찾기
staff-family-menu = 가족용 메뉴로 방문자 돕기
staff-report = 오늘의 보고서
staff-sign-out = 로그아웃
report-title = 오늘의 보고서
report-day = { $day } — 방문: { $visits }건
report-median-visit = 첫 키 입력부터 방문 종료까지 걸린 시간(중앙값): { $time }
report-handoff-waits = 창구로 넘겨 접수된 건: { $claimed }. 대기 시간: 중앙값 { $median }, 최장 { $longest }
report-duration = { $minutes }분 { $seconds }초
report-none = 아직 없음
report-all = 합계
report-password-changed = 비밀번호 변경
report-enrolled = PIN 또는 질문 설정
report-handed-off = 창구로 안내
report-gave-up = 마치지 않고 떠남
report-week = 최근 7일 방문
staff-find-title = 학생 찾기
staff-find-hint = 학생 ID, 사용자 이름, 또는 성과 생년월일(Martinez 03/14/2012).
staff-find-label = 검색
staff-find-none = 일치하는 학생이 없습니다. 철자나 생년월일을 확인하세요.
staff-student-id = 학생 ID
staff-questions = 보안 질문
staff-yes = 예
staff-no = 아니요
staff-paused = 셀프 서비스 중지
staff-paused-temporary = 15분 동안
staff-paused-until_reset = 학부모나 직원이 재설정할 때까지
staff-last-reset = 마지막 재설정
staff-must-change = 아직 변경하지 않은 임시 비밀번호가 있습니다.
staff-audit = 최근 활동
staff-check-needed = 먼저 방문자의 신원을 직접 확인하세요.
staff-check-ok = 신원 확인 완료. 작업을 선택하세요:
staff-check-recorded = 신원 확인이 기록되었습니다. 10분 동안 유효합니다.
staff-check-expired = 신원 확인이 만료되었습니다. 다시 확인하세요.
staff-action-check = 신원 확인 기록
staff-action-visitor-password = 재설정: 방문자가 새 비밀번호 입력
staff-action-temporary = 임시 비밀번호로 재설정
staff-action-resume = 셀프 서비스 재개
staff-action-clear-pin = PIN 삭제
staff-action-clear-questions = 보안 질문 삭제
staff-action-refresh = 새로 고침
staff-done-resume = 셀프 서비스가 재개되었습니다.
staff-done-clear-pin = PIN이 삭제되었습니다. 학생이 새로 만들 수 있습니다.
staff-done-clear-questions = 보안 질문이 삭제되었습니다. 학생이 새로 설정할 수 있습니다.
staff-done-visitor-password = 방문자의 새 비밀번호가 저장되었습니다.
staff-check-title = 신원 확인
staff-check-intro = 방문자는 누구이며, 어떤 서류를 확인했나요?
staff-visitor = 방문자
staff-visitor-student = 학생 본인
staff-visitor-parent = 학부모
staff-visitor-guardian = 보호자
staff-document = 확인한 서류(예: NYC 신분증)
staff-note = 메모(선택)
staff-adult = 어느 성인
staff-adult-unlisted = 목록에 없음
staff-override-hint = 이 학생과 연결되지 않은 성인은 감독자만 승인할 수 있습니다. 아래에 이유를 적으세요(예: 양육권 서류 확인).
staff-override-reason = 감독자가 적는 이유(10자 이상)
staff-guardian-not-linked = 이 성인은 학생과 연결되어 있지 않습니다. 연결된 학부모나 보호자를 고르거나 감독자에게 요청하세요.
staff-supervisor-required = 연결되지 않은 성인은 감독자만 승인할 수 있습니다. 감독자에게 이 창구에서 로그인해 달라고 요청하세요.
staff-relationship-parent = 학부모
staff-relationship-guardian = 보호자
staff-relationship-relative = 친척
staff-guardians = 학부모 및 보호자
staff-guardians-none = 연결된 사람 없음
staff-turn-title = 키보드를 방문자 쪽으로 돌려 주세요
staff-turn-body = 키보드를 방문자 쪽으로 돌려 주세요.
staff-turn-note = 방문자가 새 비밀번호를 두 번 입력합니다. 화면에 보이지 않으며, 직원은 절대 볼 수 없습니다.
staff-temp-title = 임시 비밀번호
staff-temp-intro = 이 임시 비밀번호를 방문자에게 알려 주세요. 한 번만 표시됩니다:
staff-temp-must-change = 학생은 다음에 로그인할 때 새 비밀번호를 정해야 합니다(키오스크 메뉴 5번).
staff-temp-countdown = 이 비밀번호는 { $seconds }초 후에 사라집니다.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: 다시 듣기
key-voice = F5: 음성 켜기/끄기
speech-press = { $choice }: { $number }번을 누르세요.
speech-language-choice = 한국어는 { $number }번을 누르세요.
speech-keys = 계속하려면 Enter, 뒤로 가려면 Esc를 누르세요. 다시 들으려면 F4, 음성을 끄려면 F5를 누르세요.
speech-off = 음성이 꺼졌습니다. 다시 켜려면 F5를 누르세요.
speech-secret-typed = { $count ->
    [1] 한 글자
   *[other] { $count }글자
  }
speech-secret-deleted = 삭제됨

## Ask at the counter (hand-offs)
key-counter = F6: 창구에 문의
help-counter = 막히셨나요? F6을 누르면 대기 번호를 받습니다.
handoff-title = 창구에 문의
handoff-sending = 대기 번호를 받는 중입니다…
handoff-number-label = 대기 번호:
handoff-tell = 창구에 가서 번호를 말씀해 주세요: { $number }. 직원이 여기서 있었던 일을 볼 수 있으니 다시 설명하지 않으셔도 됩니다.
handoff-tell-short = 창구에 가서 번호를 말씀해 주세요: { $number }.
handoff-body = 창구 직원이 직접 도와드립니다. 이 화면에서 나가려면 Enter를 누르세요.
handoff-offline = 지금은 키오스크가 계정 서비스에 연결할 수 없어 번호가 없습니다. 그래도 창구로 가세요. 직원이 도와드립니다.
handoff-reason-no-method = PIN·질문 없음
handoff-reason-paused = 셀프 서비스 일시 중지
handoff-reason-too-soon = 30일 규정
handoff-reason-sign-in-failed = 로그인 실패
handoff-reason-not-found = 학생을 찾지 못함
handoff-reason-refused = 서비스가 거부함
handoff-reason-asked = 도움 요청
staff-queue-title = 키오스크에서 보낸 가족 ({ $count })
staff-queue-empty = 기다리는 사람이 없습니다.
staff-queue-new = 신규
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes }분
staff-queue-unreachable = 대기 목록을 새로 고치지 못했습니다. 다시 시도합니다.
staff-handoff-taken = 이미 다른 창구에서 맡았습니다.
staff-handoff-gone = 이 대기 번호는 만료되었거나 더 이상 열려 있지 않습니다.
staff-find-handoff = 대기 번호 { $handoff }. 키오스크에서 학생 본인 확인을 하지 않았습니다. 여기서 학생을 찾으세요.
