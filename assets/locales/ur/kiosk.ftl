# Welcome Center Kiosk — اردو (Urdu).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = مرحلہ { $step } از { $total }
please-wait = براہ کرم انتظار کریں…

## Footer keys
key-continue = Enter: جاری رکھیں
key-back = Esc: واپس
key-move = Tab/↑↓: جائیں
key-select = ↑↓: منتخب کریں
key-language = F2: زبان
key-show-hide = F3: دیکھیں/چھپائیں
key-menu = Esc: مینو
key-start-over = Enter: دوبارہ شروع
key-try-again = Enter: دوبارہ کوشش

## Language picker
language-title = اپنی زبان منتخب کریں
language-hint = ↑ ↓ اور Enter استعمال کریں، یا نمبر دبائیں۔

## Menu
menu-title = آج ہم آپ کی کیا مدد کر سکتے ہیں؟
menu-student-reset = طالب علم — اپنا NYC پبلک اسکولز پاس ورڈ ری سیٹ کریں
menu-parent = والدین یا سرپرست — اپنے بچے کا پاس ورڈ ری سیٹ کریں، یا بچے کی اکاؤنٹ ID تلاش کریں (NYCSA)
menu-forgot-nycsa = مجھے اپنا NYC اسکولز اکاؤنٹ (NYCSA) پاس ورڈ یاد نہیں
menu-forgot-myschools = مجھے اپنا MySchools پاس ورڈ یاد نہیں
menu-enroll = طالب علم — اپنا PIN یا حفاظتی سوالات سیٹ کریں
menu-ticket = سپورٹ ٹکٹ کھولیں
menu-help = دیگر مدد اور رابطے کی معلومات

not-ready-title = یہ سہولت ابھی اس کیوسک پر دستیاب نہیں
not-ready-body = یہ آپشن ابھی اس کیوسک پر دستیاب نہیں ہے۔ کاؤنٹر پر موجود عملہ ابھی آپ کی مدد کر سکتا ہے، یا 718-935-2009 پر کال کریں۔

## Student reset: lookup
lookup-title = اپنا NYC پبلک اسکولز پاس ورڈ ری سیٹ کریں
lookup-intro = اپنا یوزر نیم (جیسے AvaM1234) یا 9 ہندسوں والی اسٹوڈنٹ ID، اور اپنی تاریخ پیدائش لکھیں۔
lookup-student = یوزر نیم یا اسٹوڈنٹ ID
lookup-birth-date = تاریخ پیدائش (MM/DD/YYYY، پہلے مہینہ)
lookup-date-understood = ہم نے اسے یوں پڑھا: { $date }۔ اگر یہ آپ کی تاریخ پیدائش نہیں ہے تو اسے بدل دیں۔
date-in-words = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
lookup-error-student = یوزر نیم (جیسے AvaM1234) یا 9 ہندسوں والی اسٹوڈنٹ ID لکھیں۔
lookup-error-birth-date = پہلے مہینہ لکھیں، جیسے 03/14/2012 یعنی 14 مارچ 2012۔

## Student reset: method
method-title = آپ اپنی شناخت کیسے ثابت کرنا چاہتے ہیں؟
method-pin = اپنے PIN سے
method-questions = اپنے حفاظتی سوالات سے
no-method-title = آپ کے پاس ابھی کوئی PIN یا حفاظتی سوالات نہیں ہیں
no-method-body = خود پاس ورڈ ری سیٹ کرنے کے لیے PIN یا حفاظتی سوالات ضروری ہیں، اور آپ نے ابھی تک انہیں سیٹ نہیں کیا۔ پھر بھی آپ نیا پاس ورڈ حاصل کر سکتے ہیں:
no-method-parent = • اپنے والدین یا سرپرست سے کہیں کہ وہ اپنے NYC اسکولز اکاؤنٹ (NYCSA) میں اسے ری سیٹ کریں۔ اگر ان کا اکاؤنٹ نہیں ہے تو وہ مفت بنا سکتے ہیں۔
no-method-school = • اپنے اسکول سے، یا اس ویلکم سینٹر کے کاؤنٹر پر موجود عملے سے کہیں کہ وہ آپ کے لیے اسے ری سیٹ کریں۔
no-method-enroll = دوبارہ سائن ان کرنے کے بعد آپ PIN یا حفاظتی سوالات سیٹ کر سکتے ہیں (مینو آپشن 5) تاکہ اگلی بار یہ کام خود کر سکیں۔

## Student reset: PIN
pin-title = اپنا PIN درج کریں
pin-label = PIN
pin-hint = آپ کا PIN وہ 5 سے 8 حروف یا نمبر ہیں جو آپ نے خود چنے تھے۔ یہ آپ کا پاس ورڈ نہیں ہے۔

## Student reset: questions
questions-title = اپنے حفاظتی سوالات کے جواب دیں
questions-hint = وہ جوابات لکھیں جو آپ نے چنے تھے۔ بڑے چھوٹے حروف اور اضافی اسپیس سے کوئی فرق نہیں پڑتا۔

question-first_pet = آپ کے پہلے پالتو جانور کا نام کیا تھا؟
question-birth_city = آپ کس شہر میں پیدا ہوئے؟
question-favorite_teacher = آپ کے پسندیدہ ٹیچر کون ہیں؟
question-favorite_book = آپ کی پسندیدہ کتاب کون سی ہے؟
question-favorite_food = آپ کا پسندیدہ کھانا کیا ہے؟
question-best_friend = آپ کے سب سے اچھے دوست کا نام کیا ہے؟
question-first_school = آپ کے پہلے اسکول کا نام کیا تھا؟
question-favorite_sport = آپ کا پسندیدہ کھیل کون سا ہے؟
question-favorite_place = گھومنے کے لیے آپ کی پسندیدہ جگہ کون سی ہے؟
question-favorite_movie = آپ کی پسندیدہ فلم کون سی ہے؟
question-favorite_animal = آپ کا پسندیدہ جانور کون سا ہے؟
question-dream_job = بڑے ہو کر آپ کون سا کام کرنا چاہتے ہیں؟
question-favorite_game = آپ کا پسندیدہ گیم کون سا ہے؟
question-grandmother_name = آپ کی دادی یا نانی کا نام کیا ہے؟
question-unknown = حفاظتی سوال

## New password
password-title = نیا پاس ورڈ منتخب کریں
password-new = نیا پاس ورڈ
password-confirm = دوبارہ لکھیں
password-rule-length = 8 سے 64 حروف
password-rule-common = عام استعمال ہونے والا پاس ورڈ نہیں
password-rule-name = اس میں آپ کا نام یا یوزر نیم نہیں
password-rule-child-name = اس میں آپ کے بچے کا نام یا اکاؤنٹ ID نہیں
password-rule-strength = اندازہ لگانا مشکل
password-rule-match = دونوں اندراج ایک جیسے ہیں
password-mismatch = دونوں اندراج ایک جیسے نہیں ہیں۔
password-rule-current = آپ کا موجودہ پاس ورڈ نہیں
password-strength = مضبوطی: { $label }
strength-0 = بہت کمزور
strength-1 = کمزور
strength-2 = درمیانہ
strength-3 = اچھا
strength-4 = مضبوط
password-hint = مشورہ: تین یا چار بے ترتیب الفاظ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتا ہے۔
password-fix-first = نیا پاس ورڈ ابھی تمام اصولوں پر پورا نہیں اترتا۔ فہرست دیکھیں۔

## Done
done-title = آپ کا پاس ورڈ تبدیل ہو گیا ہے
done-body = اب آپ اپنے نئے پاس ورڈ سے سائن ان کر سکتے ہیں۔ تبدیلی کی تصدیق کے لیے ہم نے آپ کے NYC پبلک اسکولز اکاؤنٹ پر ای میل بھیجی ہے۔
done-return = یہ اسکرین { $seconds } سیکنڈ میں شروع پر واپس چلی جائے گی۔

## Problems
problem-title = ہم آگے نہیں بڑھ سکے
not-verified-body = ہمیں ان تفصیلات والا کوئی طالب علم نہیں ملا۔ یوزر نیم یا اسٹوڈنٹ ID اور تاریخ پیدائش چیک کریں، پھر دوبارہ کوشش کریں۔
not-verified-help = کیا آپ کو یقین ہے کہ تفصیلات درست ہیں؟ بہت زیادہ غلط کوششوں کے بعد سیلف سروس کچھ دیر کے لیے رک جاتی ہے۔ والدین یا سرپرست NYCSA میں آپ کا پاس ورڈ ری سیٹ کر سکتے ہیں، یا کاؤنٹر پر موجود عملہ ابھی آپ کی مدد کر سکتا ہے۔
too-many-tries-body = بہت زیادہ کوششیں ہو چکی ہیں۔ اکاؤنٹس کی حفاظت کے لیے کچھ دیر تک دوبارہ کوشش نہیں ہو سکتی۔ ابھی کاؤنٹر پر موجود عملے سے مدد مانگیں۔
verification-failed-body = { $method ->
    [pin] یہ PIN درست نہیں تھا۔
   *[questions] یہ جوابات درست نہیں تھے۔
  }
attempts-left = { $count ->
    [one] سیلف سروس رکنے سے پہلے آپ کے پاس 1 کوشش اور باقی ہے۔
   *[other] سیلف سروس رکنے سے پہلے آپ کے پاس { $count } کوششیں اور باقی ہیں۔
  }
paused-temporary-body = بہت زیادہ غلط کوششوں کی وجہ سے اس اکاؤنٹ کے لیے سیلف سروس روک دی گئی ہے۔ آپ { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
  } بعد دوبارہ کوشش کر سکتے ہیں۔
paused-until-reset-body = بہت زیادہ غلط کوششوں کی وجہ سے اس اکاؤنٹ کے لیے سیلف سروس روک دی گئی ہے۔
paused-help = والدین یا سرپرست NYC اسکولز اکاؤنٹ (NYCSA) میں آپ کا پاس ورڈ ری سیٹ کر سکتے ہیں، یا کاؤنٹر پر موجود عملہ ابھی آپ کی مدد کر سکتا ہے۔
too-soon-body = آپ ہر 30 دن میں ایک بار خود پاس ورڈ ری سیٹ کر سکتے ہیں۔ آپ { $date } کو دوبارہ خود ایسا کر سکیں گے۔
too-soon-help = اگر ابھی ضرورت ہے تو والدین یا سرپرست NYC اسکولز اکاؤنٹ (NYCSA) میں اسے ری سیٹ کر سکتے ہیں، یا کاؤنٹر پر موجود عملہ مدد کر سکتا ہے۔
flow-expired-body = بہت زیادہ وقت لگ گیا، اس لیے آپ کی حفاظت کے لیے ہم نے عمل روک دیا۔ براہ کرم دوبارہ شروع کریں۔
offline-body = ہم ابھی اکاؤنٹ سروس سے رابطہ نہیں کر پا رہے۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
offline-help = ابھی مدد کے لیے کاؤنٹر پر موجود عملے سے پوچھیں یا 718-935-2009 پر کال کریں۔
unauthorized-body = یہ کیوسک اکاؤنٹ سروس میں رجسٹرڈ نہیں ہے۔ براہ کرم کاؤنٹر پر موجود عملے کو بتائیں۔
unauthorized-counter-body = یہ کاؤنٹر ٹرمینل اکاؤنٹ سروس میں رجسٹرڈ نہیں ہے، یا اس کی رجسٹریشن منسوخ کر دی گئی ہے۔ اپنے سپروائزر یا IT سے اسے دوبارہ رجسٹر کرنے کو کہیں (account-service devices add --mode counter)۔
internal-body = ہماری طرف کوئی خرابی ہو گئی۔ براہ کرم دوبارہ کوشش کریں، یا کاؤنٹر پر موجود عملے سے پوچھیں۔
directory-unavailable-body = اسکول سسٹم کی پاس ورڈ ڈائریکٹری ابھی جواب نہیں دے رہی۔ آپ کا پاس ورڈ تبدیل نہیں ہوا۔
directory-unavailable-help = براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔ کوئی غلط کوشش شمار نہیں کی گئی۔ ابھی مدد کے لیے کاؤنٹر پر موجود عملے سے پوچھیں۔
session-ended-body = اس کیوسک پر بہت زیادہ غلط کوششیں ہوئیں۔ آپ کی حفاظت کے لیے ہم نے دوبارہ شروع کر دیا ہے۔

## Password rejected by the service
reason-too_short = یہ 8 حروف سے چھوٹا ہے۔
reason-too_long = یہ 64 حروف سے لمبا ہے۔
reason-common = یہ ایک عام پاس ورڈ ہے جس کا اندازہ لگانا آسان ہے۔
reason-contains_name = اس میں آپ کا نام یا یوزر نیم شامل ہے۔
reason-too_weak = اس کا اندازہ لگانا بہت آسان ہے۔
reason-same_as_current = یہ آپ کے موجودہ پاس ورڈ جیسا ہی ہے۔
reason-invisible_character = اس میں ایک ایسا حرف ہے جو اسکرین پر نظر نہیں آتا۔ براہ کرم دوبارہ ٹائپ کریں۔
reason-directory_policy = اسکول سسٹم کے اپنے پاس ورڈ کے قواعد نے اسے قبول نہیں کیا۔ لمبا پاس ورڈ آزمائیں، مثلاً تین یا چار الفاظ۔
reason-directory_account = اسکول سسٹم اس اکاؤنٹ کا پاس ورڈ تبدیل نہیں کر سکا۔ براہ کرم کاؤنٹر پر موجود عملے سے پوچھیں۔

## Idle
idle-title = کیا آپ ابھی بھی یہاں ہیں؟
idle-body = آپ کی پرائیویسی کے لیے یہ کیوسک { $seconds } سیکنڈ میں دوبارہ شروع ہو جائے گا۔
idle-keep = جاری رکھنے کے لیے کوئی بھی کی دبائیں۔

## Staff exit
exit-title = عملے کا ایگزٹ
exit-label = ایگزٹ کوڈ
exit-wrong = یہ کوڈ درست نہیں ہے۔
exit-not-configured = kiosk.toml میں ایگزٹ کوڈ سیٹ نہیں۔
exit-wait = بہت زیادہ غلط کوڈ۔ براہ کرم تھوڑا انتظار کریں۔

## Small terminal
too-small = براہ کرم یہ ونڈو بڑی کریں (کم از کم 40 × 12)۔

## Enrollment (menu 5)
key-save = Enter: محفوظ کریں
key-finish = Esc: ختم کریں
key-set-up-more = Enter: مزید سیٹ کریں
key-change-question = ←→: بدلیں
enroll-title = اپنا PIN یا حفاظتی سوالات سیٹ کریں
enroll-intro = اپنے NYC پبلک اسکولز یوزر نیم اور پاس ورڈ سے سائن ان کریں۔
enroll-username = یوزر نیم یا اسٹوڈنٹ ID
enroll-password = پاس ورڈ
enroll-menu-title = آپ کا PIN اور حفاظتی سوالات
enroll-status-pin = PIN
enroll-status-questions = حفاظتی سوالات
enroll-status-set = سیٹ شدہ
enroll-status-not-set = سیٹ نہیں
enroll-create-pin = PIN بنائیں
enroll-change-pin = اپنا PIN تبدیل کریں
enroll-set-questions = حفاظتی سوالات سیٹ کریں
enroll-change-questions = اپنے حفاظتی سوالات تبدیل کریں
enroll-finish = ختم کریں
enroll-optional = PIN اور حفاظتی سوالات اختیاری ہیں۔ لیکن اگر ان میں سے کوئی بھی نہ ہو تو آپ اس کیوسک پر یا آن لائن خود پاس ورڈ ری سیٹ نہیں کر سکتے۔
enroll-young = اگر PIN یاد رکھنا مشکل ہو، یا طالب علم چھوٹا ہو، تو والدین یا سرپرست NYC اسکولز اکاؤنٹ (NYCSA) میں پاس ورڈ ری سیٹ کر سکتے ہیں۔
enroll-pin-title = اپنا PIN بنائیں
enroll-pin-new = نیا PIN
enroll-pin-confirm = PIN دوبارہ لکھیں
enroll-pin-rule-length = 5 سے 8 حروف یا نمبر
enroll-pin-rule-repeat = ایک ہی حرف بار بار نہیں (جیسے 11111)
enroll-pin-rule-sequence = لگاتار ترتیب نہیں (جیسے 12345)
enroll-pin-rule-birthday = آپ کی تاریخ پیدائش نہیں
enroll-pin-mismatch = دونوں PIN ایک جیسے نہیں ہیں۔
enroll-pin-hint = ایسا PIN چنیں جو آپ کو یاد رہے۔ اسکول میں نہ کوئی اسے جانتا ہے، نہ دیکھ سکتا ہے۔
enroll-questions-title = اپنے حفاظتی سوالات سیٹ کریں
enroll-questions-hint = ◀ ▶ سے تین مختلف سوالات چنیں، اور ایسے جوابات جو آپ کو یاد رہیں۔
enroll-password-again = محفوظ کرنے کے لیے اپنا پاس ورڈ دوبارہ لکھیں
enroll-wrong-password = یہ پاس ورڈ درست نہیں ہے۔
question-reason-invalid = فہرست میں سے تین سوالات چنیں۔
question-reason-repeated = ہر سوال صرف ایک بار چنا جا سکتا ہے۔
question-reason-length = ہر جواب میں کم از کم 3 حروف ہونے چاہئیں۔
question-reason-answers-repeated = ہر جواب مختلف ہونا چاہیے۔
question-reason-question-words = جواب میں اس کے سوال کے الفاظ استعمال نہیں ہو سکتے۔
pin-saved-title = آپ کا PIN محفوظ ہو گیا ہے
pin-saved-body = اب آپ اس PIN سے خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں۔ تصدیق کے لیے ہم نے آپ کے NYC پبلک اسکولز اکاؤنٹ پر ای میل بھیجی ہے۔
questions-saved-title = آپ کے حفاظتی سوالات محفوظ ہو گئے ہیں
questions-saved-body = اب آپ ان جوابات سے خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں۔ تصدیق کے لیے ہم نے آپ کے NYC پبلک اسکولز اکاؤنٹ پر ای میل بھیجی ہے۔
password-temporary-hint = آپ نے عارضی پاس ورڈ سے سائن ان کیا ہے۔ براہ کرم پہلے اپنا پاس ورڈ منتخب کریں۔
sign-in-failed-body = یوزر نیم یا پاس ورڈ درست نہیں ہے۔
sign-in-failed-help = پاس ورڈ بھول گئے؟ اپنے PIN یا سوالات کے ساتھ آپشن 1 استعمال کریں، والدین یا سرپرست سے NYCSA میں ری سیٹ کروائیں، یا کاؤنٹر پر موجود عملے سے پوچھیں۔
sign-in-failed-nycsa-help = اگر آپ NYCSA کا پاس ورڈ بھول گئے ہیں تو مینو میں آپشن 3 منتخب کریں، ای میل پر ری سیٹ لنک مل جائے گا، یا کاؤنٹر پر موجود عملے سے پوچھیں۔
sign-in-failed-staff-help = اسٹاف ID، پاس ورڈ اور کوڈ چیک کریں (کوڈ ہر 30 سیکنڈ میں بدلتا ہے اور صرف ایک بار چلتا ہے)۔ 5 غلط کوششوں کے بعد عملے کا سائن ان 15 منٹ کے لیے رک جاتا ہے؛ سپروائزر مدد کر سکتا ہے۔

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: بچوں کی فہرست پر واپس
qr-scan = اپنے فون سے اسکین کریں
parent-title = والدین اور سرپرست
parent-intro = NYC اسکولز اکاؤنٹ (NYCSA) سے آپ اپنے بچے کا پاس ورڈ ری سیٹ کر سکتے ہیں اور بچے کی اکاؤنٹ ID دیکھ سکتے ہیں۔
parent-sign-in = اپنے NYC اسکولز اکاؤنٹ (NYCSA) میں سائن ان کریں
parent-no-account = میرے پاس NYC اسکولز اکاؤنٹ نہیں ہے
parent-sign-in-title = NYC اسکولز اکاؤنٹ میں سائن ان کریں
parent-sign-in-intro = اپنے NYC اسکولز اکاؤنٹ (NYCSA) کا ای میل ایڈریس اور پاس ورڈ لکھیں۔
parent-email = ای میل ایڈریس
parent-password = NYCSA پاس ورڈ
parent-forgot-hint = NYCSA پاس ورڈ بھول گئے؟ مینو پر واپس جائیں اور آپشن 3 منتخب کریں۔
children-title = آپ کے بچے
children-hello = خوش آمدید، { $name }۔ ایک بچہ منتخب کریں:
children-none = ابھی اس اکاؤنٹ سے کوئی بچہ منسلک نہیں ہے۔ کاؤنٹر پر موجود عملہ یا آپ کے بچے کا اسکول مدد کر سکتا ہے۔
children-wrong-info = اگر یہاں آپ کے بچے کے بارے میں کوئی بات غلط ہے تو براہ کرم بچے کے اسکول سے رابطہ کریں۔
child-show-id = اکاؤنٹ ID دکھائیں
child-reset = پاس ورڈ ری سیٹ کریں
child-account-id = اکاؤنٹ ID
child-email = ای میل
child-id-hint = آپ کا بچہ اس اکاؤنٹ ID اور اپنے پاس ورڈ سے سائن ان کرتا ہے۔
child-done-title = پاس ورڈ تبدیل ہو گیا ہے
child-done-body = اب { $name } نئے پاس ورڈ سے سائن ان کر سکتے ہیں۔ ہم نے آپ کو اور آپ کے بچے کے NYC پبلک اسکولز اکاؤنٹ پر ای میل بھیجی ہے۔
no-nycsa-title = NYC اسکولز اکاؤنٹ حاصل کریں
no-nycsa-what = NYC اسکولز اکاؤنٹ (NYCSA) سے والدین اور سرپرست اپنے بچے کی معلومات دیکھ سکتے ہیں اور اس کا پاس ورڈ ری سیٹ کر سکتے ہیں۔
no-nycsa-free = یہ مفت ہے۔
no-nycsa-how = اکاؤنٹ بنانے کے لیے اپنے بچے کے اسکول سے، یا { $center } کے کاؤنٹر پر موجود عملے سے پوچھیں۔ آپ QR کوڈ کے ذریعے NYCSA ویب سائٹ پر بھی شروع کر سکتے ہیں۔
forgot-email = ای میل ایڈریس
forgot-email-error = پورا ای میل ایڈریس لکھیں، جیسے name@example.org۔
forgot-nycsa-title = NYC اسکولز اکاؤنٹ کا پاس ورڈ بھول گئے؟
forgot-nycsa-intro = اپنے NYC اسکولز اکاؤنٹ (NYCSA) کا ای میل ایڈریس لکھیں۔ ہم پاس ورڈ ری سیٹ کرنے کا لنک بھیجیں گے۔
forgot-myschools-title = MySchools پاس ورڈ بھول گئے؟
forgot-myschools-intro = اپنے MySchools اکاؤنٹ کا ای میل ایڈریس لکھیں۔ ہم پاس ورڈ ری سیٹ کرنے کا لنک بھیجیں گے۔
forgot-sent-title = اپنی ای میل چیک کریں
forgot-sent-body = اگر کوئی اکاؤنٹ یہ ایڈریس استعمال کرتا ہے تو ہم نے اس پر ری سیٹ لنک بھیج دیا ہے۔ یہ لنک 30 منٹ تک کام کرے گا۔
forgot-nycsa-not-arrived = ای میل نہیں ملی؟ اسپام فولڈر چیک کریں۔ اگر مسئلہ جاری رہے تو اپنے بچے کے اسکول سے رابطہ کریں۔
forgot-myschools-not-arrived = ای میل نہیں ملی؟ اسپام فولڈر چیک کریں۔ MySchools کے دیگر مسائل کے لیے اپنے بچے کے اسکول کاؤنسلر سے بات کریں، کسی فیملی ویلکم سینٹر سے مدد لیں، یا 718-935-2009 پر کال کریں۔

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: مدد
key-close-help = Esc: بند کریں
key-send = Enter: بھیجیں
key-change = Esc: تبدیل کریں
key-change-topic = ←→: موضوع
offline-banner = اکاؤنٹ سروس سے ابھی رابطہ نہیں ہو پا رہا۔ مدد: 718-935-2009
help-title = مدد اور رابطے کی معلومات
help-school = اپنے بچے کے اکاؤنٹ کے بارے میں زیادہ تر سوالات کے لیے بچے کے اسکول یا اسکول کاؤنسلر سے رابطہ کریں۔
help-center = اس فیملی ویلکم سینٹر ({ $center }) میں کاؤنٹر پر موجود عملہ خود آپ کی مدد کر سکتا ہے۔
help-phone = فون: 718-935-2009
help-support-hub = آپ یہاں (مینو آپشن 6) یا QR کوڈ کے ذریعے Support Hub ویب سائٹ پر بھی سپورٹ ٹکٹ کھول سکتے ہیں۔
ticket-title = سپورٹ ٹکٹ کھولیں
ticket-intro = ہمیں بتائیں کہ آپ کو کیا چاہیے۔ ہم ای میل یا فون سے جواب دیں گے۔
ticket-topic = موضوع
ticket-topic-student_password = طالب علم کا پاس ورڈ
ticket-topic-nycsa = NYC اسکولز اکاؤنٹ (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = میرے بچے کے بارے میں غلط معلومات
ticket-topic-other = کچھ اور
ticket-description = آپ کو کس چیز میں مدد چاہیے؟
ticket-name = آپ کا نام
ticket-email = ای میل (یا نیچے فون نمبر)
ticket-phone = فون نمبر
ticket-error-topic = ایک موضوع منتخب کریں۔
ticket-error-description = براہ کرم مسئلہ بیان کریں۔
ticket-error-name = براہ کرم اپنا نام لکھیں۔
ticket-error-email = یہ ای میل ایڈریس مکمل نہیں ہے۔
ticket-error-phone = ایریا کوڈ کے ساتھ فون نمبر لکھیں۔
ticket-error-contact = ای میل یا فون نمبر دیں۔
ticket-error-language = براہ کرم زبان منتخب کریں۔
ticket-review-title = اپنا ٹکٹ چیک کریں
ticket-review-hint = کیا سب کچھ درست ہے؟ Enter سے بھیجیں؛ تبدیلی کے لیے Esc سے واپس جائیں۔
ticket-review-topic = موضوع
ticket-review-description = آپ کا پیغام
ticket-review-name = نام
ticket-review-email = ای میل
ticket-review-phone = فون
ticket-done-title = آپ کا ٹکٹ کھل گیا ہے
ticket-done-number = آپ کا ٹکٹ نمبر:
ticket-done-body = براہ کرم { $ticket } لکھ لیں۔ ہم آپ سے رابطہ کریں گے۔ پیش رفت جاننے کے لیے اپنے فون سے QR کوڈ اسکین کریں۔

## Counter mode (staff)
key-sign-out = F10: سائن آؤٹ
key-search = Enter: تلاش
staff-sign-in-title = عملے کا سائن ان
staff-sign-in-intro = یہ کاؤنٹر کا ٹرمینل ہے۔ عملہ اپنی اسٹاف ID، پاس ورڈ اور تصدیقی ایپ کے 6 ہندسوں والے کوڈ سے سائن ان کرتا ہے۔
staff-id = اسٹاف ID
staff-password = پاس ورڈ
staff-code = 6 ہندسوں والا کوڈ
staff-home-title = کاؤنٹر
staff-find = طالب علم تلاش کریں
staff-family-menu = فیملی مینو سے کسی وزیٹر کی مدد کریں
staff-report = آج کی رپورٹ
staff-sign-out = سائن آؤٹ کریں
report-title = آج کی رپورٹ
report-day = { $day } — وزٹ: { $visits }
report-median-visit = پہلی کلید دبانے سے وزٹ ختم ہونے تک کا وقت (میڈین): { $time }
report-handoff-waits = کاؤنٹر پر بھیجے گئے اور لیے گئے: { $claimed }۔ انتظار: میڈین { $median }، سب سے طویل { $longest }
report-duration = { $minutes } منٹ { $seconds } سیکنڈ
report-none = ابھی کوئی نہیں
report-all = کل
report-password-changed = پاس ورڈ تبدیل ہوا
report-enrolled = PIN یا سوالات سیٹ ہوئے
report-handed-off = کاؤنٹر پر بھیجے گئے
report-gave-up = مکمل کیے بغیر چلے گئے
report-week = پچھلے 7 دنوں کے وزٹ
staff-find-title = طالب علم تلاش کریں
staff-find-hint = اسٹوڈنٹ ID، یوزر نیم، یا خاندانی نام اور تاریخ پیدائش (Martinez 03/14/2012)۔
staff-find-label = تلاش
staff-find-none = کوئی طالب علم نہیں ملا۔ ہجے یا تاریخ پیدائش چیک کریں۔
staff-student-id = اسٹوڈنٹ ID
staff-questions = حفاظتی سوالات
staff-yes = ہاں
staff-no = نہیں
staff-paused = سیلف سروس رکی ہوئی
staff-paused-temporary = 15 منٹ کے لیے
staff-paused-until_reset = جب تک والدین یا عملہ ری سیٹ نہ کریں
staff-last-reset = آخری ری سیٹ
staff-must-change = ایک عارضی پاس ورڈ ابھی تبدیل ہونا باقی ہے۔
staff-audit = حالیہ سرگرمی
staff-check-needed = پہلے وزیٹر کی شناخت بالمشافہ چیک کریں۔
staff-check-ok = شناخت کی تصدیق ہو گئی۔ کارروائی منتخب کریں:
staff-check-recorded = شناخت کی تصدیق ریکارڈ ہو گئی۔ یہ 10 منٹ تک درست ہے۔
staff-check-expired = شناخت کی تصدیق کی مدت ختم ہو گئی۔ براہ کرم دوبارہ چیک کریں۔
staff-action-check = شناخت کی تصدیق ریکارڈ کریں
staff-action-visitor-password = ری سیٹ: وزیٹر نیا پاس ورڈ لکھے
staff-action-temporary = عارضی پاس ورڈ پر ری سیٹ کریں
staff-action-resume = سیلف سروس بحال کریں
staff-action-clear-pin = PIN ہٹائیں
staff-action-clear-questions = حفاظتی سوالات ہٹائیں
staff-action-refresh = ریفریش کریں
staff-done-resume = سیلف سروس بحال ہو گئی ہے۔
staff-done-clear-pin = PIN ہٹا دیا گیا ہے۔ طالب علم نیا PIN بنا سکتا ہے۔
staff-done-clear-questions = حفاظتی سوالات ہٹا دیے گئے ہیں۔ طالب علم نئے سوالات سیٹ کر سکتا ہے۔
staff-done-visitor-password = وزیٹر کا نیا پاس ورڈ محفوظ ہو گیا ہے۔
staff-check-title = شناخت کی تصدیق
staff-check-intro = وزیٹر کون ہے، اور آپ نے کون سی دستاویز دیکھی؟
staff-visitor = وزیٹر
staff-visitor-student = خود طالب علم
staff-visitor-parent = والد یا والدہ
staff-visitor-guardian = سرپرست
staff-document = دیکھی گئی دستاویز (جیسے: NYC شناختی کارڈ)
staff-note = نوٹ (اختیاری)
staff-adult = کون سا بالغ
staff-adult-unlisted = اس فہرست میں نہیں
staff-override-hint = اس طالب علم سے منسلک نہ ہونے والے بالغ کی منظوری صرف سپروائزر دے سکتا ہے۔ نیچے وجہ لکھیں (مثلاً: سرپرستی کے کاغذات دیکھے گئے)۔
staff-override-reason = سپروائزر کی وجہ (کم از کم 10 حروف)
staff-guardian-not-linked = یہ بالغ طالب علم سے منسلک نہیں ہے۔ کسی منسلک والد، والدہ یا سرپرست کو چنیں، یا سپروائزر سے کہیں۔
staff-supervisor-required = منسلک نہ ہونے والے بالغ کی منظوری صرف سپروائزر دے سکتا ہے۔ سپروائزر سے کہیں کہ وہ اس کاؤنٹر پر سائن ان کریں۔
staff-relationship-parent = والد یا والدہ
staff-relationship-guardian = سرپرست
staff-relationship-relative = رشتہ دار
staff-guardians = والدین اور سرپرست
staff-guardians-none = کوئی منسلک نہیں
staff-turn-title = براہ کرم کی بورڈ وزیٹر کی طرف موڑ دیں
staff-turn-body = براہ کرم کی بورڈ وزیٹر کی طرف موڑ دیں۔
staff-turn-note = وزیٹر نیا پاس ورڈ دو بار لکھتا ہے۔ یہ چھپا رہتا ہے: عملہ اسے کبھی نہیں دیکھتا۔
staff-temp-title = عارضی پاس ورڈ
staff-temp-intro = یہ عارضی پاس ورڈ وزیٹر کو دیں۔ یہ صرف ایک بار دکھایا جاتا ہے:
staff-temp-must-change = طالب علم کو اگلی بار سائن ان کرتے وقت نیا پاس ورڈ منتخب کرنا ہو گا (کیوسک پر مینو آپشن 5)۔
staff-temp-countdown = یہ پاس ورڈ { $seconds } سیکنڈ میں غائب ہو جائے گا۔

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: دوبارہ سنیں
key-voice = F5: آواز چالو/بند
speech-press = { $choice } کے لیے { $number } دبائیں۔
speech-language-choice = اردو کے لیے { $number } دبائیں۔
speech-keys = آگے بڑھنے کے لیے Enter دبائیں، یا واپس جانے کے لیے Esc۔ دوبارہ سننے کے لیے F4 دبائیں، یا آواز بند کرنے کے لیے F5۔
speech-off = آواز بند ہے۔ دوبارہ چالو کرنے کے لیے F5 دبائیں۔
speech-secret-typed = { $count ->
    [one] ایک حرف
   *[other] { $count } حروف
  }
speech-secret-deleted = مٹا دیا گیا

## Ask at the counter (hand-offs)
key-counter = F6: کاؤنٹر پر پوچھیں
help-counter = اٹک گئے؟ کاؤنٹر کا نمبر لینے کے لیے F6 دبائیں۔
handoff-title = کاؤنٹر پر پوچھیں
handoff-sending = کاؤنٹر کے لیے آپ کا نمبر لیا جا رہا ہے…
handoff-number-label = کاؤنٹر کے لیے آپ کا نمبر:
handoff-tell = کاؤنٹر پر جائیں اور اپنا نمبر بتائیں: { $number }۔ عملہ دیکھ سکتا ہے کہ یہاں کیا ہوا، اس لیے آپ کو دوبارہ سمجھانے کی ضرورت نہیں۔
handoff-tell-short = کاؤنٹر پر جائیں اور اپنا نمبر بتائیں: { $number }۔
handoff-body = کاؤنٹر پر عملے کا ایک رکن خود آپ کی مدد کرے گا۔ اس اسکرین سے نکلنے کے لیے Enter دبائیں۔
handoff-offline = کیوسک ابھی اکاؤنٹ سروس سے رابطہ نہیں کر پا رہا، اس لیے کوئی نمبر نہیں ہے۔ پھر بھی کاؤنٹر پر جائیں: عملہ آپ کی مدد کرے گا۔
handoff-reason-no-method = PIN یا سوالات نہیں
handoff-reason-paused = سیلف سروس رکی ہوئی ہے
handoff-reason-too-soon = 30 دن کا اصول
handoff-reason-sign-in-failed = سائن ان نہیں ہو سکا
handoff-reason-not-found = طالب علم نہیں ملا
handoff-reason-refused = سروس نے انکار کیا
handoff-reason-asked = مدد مانگی
staff-queue-title = کیوسک سے بھیجے گئے خاندان ({ $count })
staff-queue-empty = کوئی انتظار نہیں کر رہا۔
staff-queue-new = نیا
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } منٹ
staff-queue-unreachable = قطار تازہ نہیں ہو سکی۔ دوبارہ کوشش کی جا رہی ہے۔
staff-handoff-taken = کوئی اور کاؤنٹر اسے پہلے ہی لے چکا ہے۔
staff-handoff-gone = اس ہینڈ آف کی مدت ختم ہو گئی ہے یا یہ اب کھلا نہیں ہے۔
staff-find-handoff = ہینڈ آف { $handoff }۔ کیوسک نے طالب علم کی شناخت کی تصدیق نہیں کی: انہیں یہاں تلاش کریں۔
