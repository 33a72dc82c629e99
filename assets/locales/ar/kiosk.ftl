# Welcome Center Kiosk — العربية (Arabic).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = الخطوة { $step } من { $total }
please-wait = يرجى الانتظار…

## Footer keys
key-continue = Enter: متابعة
key-back = Esc: رجوع
key-move = Tab/↑↓: تنقل
key-select = ↑↓: اختيار
key-language = F2: اللغة
key-show-hide = F3: إظهار/إخفاء
key-menu = Esc: القائمة
key-start-over = Enter: البدء من جديد
key-try-again = Enter: إعادة المحاولة

## Language picker
language-title = اختر لغتك
language-hint = استخدم ↑ ↓ و Enter، أو اضغط على الرقم.

## Menu
menu-title = كيف يمكننا مساعدتك اليوم؟
menu-student-reset = طالب — إعادة تعيين كلمة مروري في مدارس مدينة نيويورك العامة
menu-parent = ولي أمر — إعادة تعيين كلمة مرور طفلي، أو معرفة معرف حساب طفلي (NYCSA)
menu-forgot-nycsa = نسيت كلمة مرور حساب مدارس مدينة نيويورك (NYCSA)
menu-forgot-myschools = نسيت كلمة مرور MySchools
menu-enroll = طالب — إعداد رمز PIN أو أسئلة الأمان الخاصة بي
menu-ticket = فتح طلب دعم
menu-help = مساعدة أخرى ومعلومات الاتصال

not-ready-title = غير متاح على هذا الجهاز بعد
not-ready-body = هذا الخيار غير متاح على هذا الجهاز بعد. يمكن لموظفي مكتب الاستقبال مساعدتك الآن، أو اتصل بالرقم 718-935-2009.

## Student reset: lookup
lookup-title = إعادة تعيين كلمة مرورك في مدارس مدينة نيويورك العامة
lookup-intro = اكتب اسم المستخدم (مثل AvaM1234) أو رقم الطالب المكون من 9 أرقام، وتاريخ ميلادك.
lookup-student = اسم المستخدم أو رقم الطالب
# No month/day/year order in words: read right to left, such words run opposite to the
# digits, which stay left to right. The example says which number is the month instead.
lookup-birth-date = تاريخ الميلاد (الشهر أولا: 03/14/2012 يعني 14 مارس 2012)
lookup-date-understood = فهمنا التاريخ هكذا: { $date }. إذا لم يكن هذا تاريخ ميلادك، فغيّره.
date-in-words = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
lookup-error-student = اكتب اسم مستخدم (مثل AvaM1234) أو رقم طالب من 9 أرقام.
lookup-error-birth-date = اكتب الشهر أولا، مثلا 03/14/2012 يعني 14 مارس 2012.

## Student reset: method
method-title = كيف تريد إثبات هويتك؟
method-pin = باستخدام رمز PIN
method-questions = باستخدام أسئلة الأمان
no-method-title = ليس لديك رمز PIN أو أسئلة أمان بعد
no-method-body = لإعادة تعيين كلمة المرور بنفسك، تحتاج إلى رمز PIN أو أسئلة أمان، ولم تقم بإعدادها بعد. لكن لا يزال بإمكانك الحصول على كلمة مرور جديدة:
no-method-parent = • اطلب من ولي أمرك إعادة تعيينها عبر حساب مدارس مدينة نيويورك (NYCSA) الخاص به. إن لم يكن لديه حساب، يمكنه إنشاء حساب مجانا.
no-method-school = • اطلب من مدرستك، أو من موظفي مكتب الاستقبال في مركز الترحيب هذا، إعادة تعيينها لك.
no-method-enroll = بعد تسجيل الدخول مرة أخرى، يمكنك إعداد رمز PIN أو أسئلة أمان (الخيار 5 في القائمة) لتتمكن من فعل ذلك بنفسك في المرة القادمة.

## Student reset: PIN
pin-title = أدخل رمز PIN
pin-label = رمز PIN
pin-hint = رمز PIN هو من 5 إلى 8 حروف أو أرقام اخترتها أنت. وهو ليس كلمة المرور.

## Student reset: questions
questions-title = أجب عن أسئلة الأمان
questions-hint = اكتب الإجابات التي اخترتها. لا يهم استخدام الأحرف الكبيرة أو المسافات الزائدة.

question-first_pet = ما اسم أول حيوان أليف كان لديك؟
question-birth_city = في أي مدينة ولدت؟
question-favorite_teacher = من هو معلمك المفضل؟
question-favorite_book = ما كتابك المفضل؟
question-favorite_food = ما طعامك المفضل؟
question-best_friend = ما اسم أعز أصدقائك؟
question-first_school = ما اسم أول مدرسة التحقت بها؟
question-favorite_sport = ما رياضتك المفضلة؟
question-favorite_place = ما المكان الذي تفضل زيارته؟
question-favorite_movie = ما فيلمك المفضل؟
question-favorite_animal = ما حيوانك المفضل؟
question-dream_job = ما الوظيفة التي تريدها عندما تكبر؟
question-favorite_game = ما لعبتك المفضلة؟
question-grandmother_name = ما الاسم الأول لجدتك؟
question-unknown = سؤال أمان

## New password
password-title = اختر كلمة مرور جديدة
password-new = كلمة المرور الجديدة
password-confirm = اكتبها مرة أخرى
password-rule-length = من 8 إلى 64 حرفا
password-rule-common = ليست كلمة مرور شائعة
password-rule-name = لا تحتوي على اسمك أو اسم المستخدم
password-rule-child-name = لا تحتوي على اسم طفلك أو معرف حسابه
password-rule-strength = يصعب تخمينها
password-rule-match = الإدخالان متطابقان
password-mismatch = الإدخالان غير متطابقين.
password-rule-current = ليست كلمة مرورك الحالية
password-strength = القوة: { $label }
strength-0 = ضعيفة جدا
strength-1 = ضعيفة
strength-2 = مقبولة
strength-3 = جيدة
strength-4 = قوية
password-hint = نصيحة: ثلاث أو أربع كلمات عشوائية سهلة التذكر وصعبة التخمين.
password-fix-first = كلمة المرور الجديدة لا تستوفي كل الشروط بعد. راجع القائمة.

## Done
done-title = تم تغيير كلمة المرور
done-body = يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة. أرسلنا رسالة بريد إلكتروني إلى حسابك في مدارس مدينة نيويورك العامة لتأكيد التغيير.
done-return = ستعود هذه الشاشة إلى البداية بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
  }.

## Problems
problem-title = تعذرت المتابعة
not-verified-body = لم نجد طالبا بهذه البيانات. تحقق من اسم المستخدم أو رقم الطالب وتاريخ الميلاد، ثم حاول مرة أخرى.
not-verified-help = هل أنت متأكد من صحة البيانات؟ بعد محاولات خاطئة كثيرة تتوقف الخدمة الذاتية لبعض الوقت. يمكن لولي الأمر إعادة تعيين كلمة المرور عبر NYCSA، أو يمكن لموظفي مكتب الاستقبال مساعدتك الآن.
too-many-tries-body = تمت محاولات كثيرة جدا. لحماية الحسابات، لا يمكن المحاولة مرة أخرى لبعض الوقت. اطلب المساعدة الآن من موظفي مكتب الاستقبال.
verification-failed-body = { $method ->
    [pin] رمز PIN غير مطابق.
   *[questions] الإجابات غير مطابقة.
  }
attempts-left = { $count ->
    [zero] لم تعد لديك أي محاولة قبل إيقاف الخدمة الذاتية.
    [one] لديك محاولة واحدة أخرى قبل إيقاف الخدمة الذاتية.
    [two] لديك محاولتان أخريان قبل إيقاف الخدمة الذاتية.
    [few] لديك { $count } محاولات أخرى قبل إيقاف الخدمة الذاتية.
    [many] لديك { $count } محاولة أخرى قبل إيقاف الخدمة الذاتية.
   *[other] لديك { $count } محاولة أخرى قبل إيقاف الخدمة الذاتية.
  }
paused-temporary-body = تم إيقاف الخدمة الذاتية لهذا الحساب بسبب كثرة المحاولات الخاطئة. يمكنك المحاولة مرة أخرى بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
  }.
paused-until-reset-body = تم إيقاف الخدمة الذاتية لهذا الحساب بسبب كثرة المحاولات الخاطئة.
paused-help = يمكن لولي الأمر إعادة تعيين كلمة مرورك عبر حساب مدارس مدينة نيويورك (NYCSA)، أو يمكن لموظفي مكتب الاستقبال مساعدتك الآن.
too-soon-body = يمكنك إعادة تعيين كلمة المرور بنفسك مرة واحدة كل 30 يوما. يمكنك فعل ذلك بنفسك مرة أخرى في { $date }.
too-soon-help = إذا كنت تحتاجها الآن، يمكن لولي الأمر إعادة تعيينها عبر حساب مدارس مدينة نيويورك (NYCSA)، أو يمكن لموظفي مكتب الاستقبال مساعدتك.
flow-expired-body = استغرق الأمر وقتا طويلا، لذا توقفنا حفاظا على أمانك. يرجى البدء من جديد.
offline-body = لا يمكننا الوصول إلى خدمة الحسابات الآن. يرجى المحاولة بعد بضع دقائق.
offline-help = للحصول على المساعدة الآن، اسأل موظفي مكتب الاستقبال أو اتصل بالرقم 718-935-2009.
unauthorized-body = هذا الجهاز غير مسجل في خدمة الحسابات. يرجى إبلاغ موظفي مكتب الاستقبال.
unauthorized-counter-body = جهاز مكتب الاستقبال هذا غير مسجل في خدمة الحسابات، أو تم إلغاء تسجيله. اطلب من المشرف أو من قسم تكنولوجيا المعلومات تسجيله مرة أخرى (account-service devices add --mode counter).
internal-body = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى، أو اسأل موظفي مكتب الاستقبال.
directory-unavailable-body = دليل كلمات المرور في نظام المدارس لا يستجيب الآن. لم يتم تغيير كلمة المرور الخاصة بك.
directory-unavailable-help = يرجى المحاولة مرة أخرى بعد بضع دقائق. لم تُحسب أي محاولة خاطئة على الحساب. للحصول على المساعدة الآن، اسأل موظفي مكتب الاستقبال.
session-ended-body = حدثت محاولات خاطئة كثيرة على هذا الجهاز. بدأنا من جديد حفاظا على أمانك.

## Password rejected by the service
reason-too_short = كلمة المرور أقصر من 8 أحرف.
reason-too_long = كلمة المرور أطول من 64 حرفا.
reason-common = إنها كلمة مرور شائعة يسهل تخمينها.
reason-contains_name = كلمة المرور تحتوي على اسمك أو اسم المستخدم.
reason-too_weak = كلمة المرور سهلة التخمين جدا.
reason-same_as_current = كلمة المرور مطابقة لكلمة مرورك الحالية.
reason-invisible_character = تحتوي على حرف لا يظهر على الشاشة. يرجى كتابتها مرة أخرى.
reason-directory_policy = لم تقبلها قواعد كلمات المرور الخاصة بنظام المدارس. جرّب كلمة مرور أطول، مثل ثلاث أو أربع كلمات.
reason-directory_account = لم يتمكن نظام المدارس من تغيير كلمة مرور هذا الحساب. يرجى سؤال موظفي مكتب الاستقبال.

## Idle
idle-title = هل ما زلت هنا؟
idle-body = حفاظا على خصوصيتك، سيبدأ هذا الجهاز من جديد بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
  }.
idle-keep = اضغط أي مفتاح للمتابعة.

## Staff exit
exit-title = خروج الموظفين
exit-label = رمز الخروج
exit-wrong = هذا الرمز غير صحيح.
exit-not-configured = لا يوجد رمز خروج في kiosk.toml.
exit-wait = رموز خاطئة كثيرة. يرجى الانتظار قليلًا.

## Small terminal
too-small = يرجى تكبير هذه النافذة (40 × 12 على الأقل).

## Enrollment (menu 5)
key-save = Enter: حفظ
key-finish = Esc: إنهاء
key-set-up-more = Enter: إعداد المزيد
key-change-question = ←→: سؤال آخر
enroll-title = إعداد رمز PIN أو أسئلة الأمان
enroll-intro = سجل الدخول باسم المستخدم وكلمة المرور الخاصين بك في مدارس مدينة نيويورك العامة.
enroll-username = اسم المستخدم أو رقم الطالب
enroll-password = كلمة المرور
enroll-menu-title = رمز PIN وأسئلة الأمان الخاصة بك
enroll-status-pin = رمز PIN
enroll-status-questions = أسئلة الأمان
enroll-status-set = تم الإعداد
enroll-status-not-set = لم يتم الإعداد
enroll-create-pin = إنشاء رمز PIN
enroll-change-pin = تغيير رمز PIN الخاص بي
enroll-set-questions = إعداد أسئلة الأمان
enroll-change-questions = تغيير أسئلة الأمان الخاصة بي
enroll-finish = إنهاء
enroll-optional = رمز PIN وأسئلة الأمان اختيارية. لكن إن لم يكن لديك أي منهما، فلا يمكنك إعادة تعيين كلمة المرور بنفسك على هذا الجهاز أو عبر الإنترنت.
enroll-young = إذا كان تذكر رمز PIN صعبا، أو إذا كان الطالب صغيرا، يمكن لولي الأمر إعادة تعيين كلمة المرور عبر حساب مدارس مدينة نيويورك (NYCSA).
enroll-pin-title = أنشئ رمز PIN
enroll-pin-new = رمز PIN الجديد
enroll-pin-confirm = اكتب رمز PIN مرة أخرى
enroll-pin-rule-length = من 5 إلى 8 حروف أو أرقام
enroll-pin-rule-repeat = ليس حرفا واحدا مكررا (مثل 11111)
enroll-pin-rule-sequence = ليس تسلسلا متتاليا (مثل 12345)
enroll-pin-rule-birthday = ليس تاريخ ميلادك
enroll-pin-mismatch = رمزا PIN غير متطابقين.
enroll-pin-hint = اختر رمز PIN يمكنك تذكره. لا أحد في المدرسة يعرفه أو يستطيع رؤيته.
enroll-questions-title = إعداد أسئلة الأمان الخاصة بك
enroll-questions-hint = اختر ثلاثة أسئلة مختلفة باستخدام ◀ ▶، وإجابات يمكنك تذكرها.
enroll-password-again = اكتب كلمة المرور مرة أخرى للحفظ
enroll-wrong-password = كلمة المرور هذه غير صحيحة.
question-reason-invalid = اختر ثلاثة أسئلة من القائمة.
question-reason-repeated = يمكن اختيار كل سؤال مرة واحدة فقط.
question-reason-length = يجب أن تتكون كل إجابة من 3 أحرف على الأقل.
question-reason-answers-repeated = يجب أن تكون كل إجابة مختلفة عن غيرها.
question-reason-question-words = لا يمكن أن تحتوي الإجابة على كلمات من سؤالها.
pin-saved-title = تم حفظ رمز PIN
pin-saved-body = يمكنك الآن إعادة تعيين كلمة المرور بنفسك باستخدام رمز PIN هذا. أرسلنا رسالة بريد إلكتروني إلى حسابك في مدارس مدينة نيويورك العامة للتأكيد.
questions-saved-title = تم حفظ أسئلة الأمان
questions-saved-body = يمكنك الآن إعادة تعيين كلمة المرور بنفسك باستخدام هذه الإجابات. أرسلنا رسالة بريد إلكتروني إلى حسابك في مدارس مدينة نيويورك العامة للتأكيد.
password-temporary-hint = لقد سجلت الدخول بكلمة مرور مؤقتة. يرجى اختيار كلمة مرور خاصة بك أولا.
sign-in-failed-body = اسم المستخدم أو كلمة المرور غير صحيحة.
sign-in-failed-help = نسيت كلمة المرور؟ استخدم الخيار 1 مع رمز PIN أو أسئلة الأمان، أو اطلب من ولي أمرك إعادة تعيينها عبر NYCSA، أو اسأل موظفي مكتب الاستقبال.
sign-in-failed-nycsa-help = إذا نسيت كلمة مرور NYCSA، اختر الخيار 3 من القائمة لتصلك رسالة بريد إلكتروني فيها رابط لإعادة تعيينها، أو اسأل موظفي مكتب الاستقبال.
sign-in-failed-staff-help = تحقق من رقم الموظف وكلمة المرور والرمز (يتغير الرمز كل 30 ثانية، ولا يصلح إلا مرة واحدة). بعد 5 محاولات خاطئة يتوقف دخول الموظفين لمدة 15 دقيقة؛ يمكن للمشرف المساعدة.

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: العودة إلى أطفالي
qr-scan = امسح الرمز بهاتفك
parent-title = أولياء الأمور
parent-intro = من خلال حساب مدارس مدينة نيويورك (NYCSA) يمكنك إعادة تعيين كلمة مرور طفلك ورؤية معرف حسابه.
parent-sign-in = تسجيل الدخول إلى حساب مدارس مدينة نيويورك (NYCSA) الخاص بي
parent-no-account = ليس لدي حساب مدارس مدينة نيويورك
parent-sign-in-title = تسجيل الدخول إلى حساب مدارس مدينة نيويورك
parent-sign-in-intro = اكتب البريد الإلكتروني وكلمة المرور لحساب مدارس مدينة نيويورك (NYCSA) الخاص بك.
parent-email = البريد الإلكتروني
parent-password = كلمة مرور NYCSA
parent-forgot-hint = نسيت كلمة مرور NYCSA؟ ارجع إلى القائمة واختر الخيار 3.
children-title = أطفالك
children-hello = مرحبا { $name }. اختر طفلا:
children-none = لا يوجد أطفال مرتبطون بهذا الحساب بعد. يمكن لموظفي مكتب الاستقبال أو مدرسة طفلك المساعدة.
children-wrong-info = إذا كانت أي معلومة هنا عن طفلك غير صحيحة، يرجى التواصل مع مدرسة طفلك.
child-show-id = عرض معرف الحساب
child-reset = إعادة تعيين كلمة المرور
child-account-id = معرف الحساب
child-email = البريد الإلكتروني
child-id-hint = يسجل طفلك الدخول بمعرف الحساب هذا وبكلمة المرور الخاصة به.
child-done-title = تم تغيير كلمة المرور
child-done-body = أصبح بإمكان { $name } الآن تسجيل الدخول بكلمة المرور الجديدة. أرسلنا رسالة بريد إلكتروني إليك وإلى حساب طفلك في مدارس مدينة نيويورك العامة.
no-nycsa-title = احصل على حساب مدارس مدينة نيويورك
no-nycsa-what = يتيح حساب مدارس مدينة نيويورك (NYCSA) لأولياء الأمور رؤية معلومات أطفالهم وإعادة تعيين كلمات مرورهم.
no-nycsa-free = الحساب مجاني.
no-nycsa-how = لإنشاء حساب، اسأل مدرسة طفلك، أو موظفي مكتب الاستقبال في { $center }. يمكنك أيضا البدء على موقع NYCSA باستخدام رمز QR.
forgot-email = البريد الإلكتروني
forgot-email-error = اكتب عنوان بريد إلكتروني كاملا، مثل name@example.org.
forgot-nycsa-title = هل نسيت كلمة مرور حساب مدارس مدينة نيويورك؟
forgot-nycsa-intro = اكتب البريد الإلكتروني لحساب مدارس مدينة نيويورك (NYCSA) الخاص بك. سنرسل رابطا لإعادة تعيين كلمة المرور.
forgot-myschools-title = هل نسيت كلمة مرور MySchools؟
forgot-myschools-intro = اكتب البريد الإلكتروني لحساب MySchools الخاص بك. سنرسل رابطا لإعادة تعيين كلمة المرور.
forgot-sent-title = تحقق من بريدك الإلكتروني
forgot-sent-body = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابط إعادة التعيين. الرابط صالح لمدة 30 دقيقة.
forgot-nycsa-not-arrived = لم تصلك رسالة؟ تحقق من مجلد البريد غير المرغوب فيه. إذا استمرت المشكلة، تواصل مع مدرسة طفلك.
forgot-myschools-not-arrived = لم تصلك رسالة؟ تحقق من مجلد البريد غير المرغوب فيه. للمشكلات الأخرى في MySchools، تحدث مع المرشد المدرسي لطفلك، أو اطلب المساعدة في أحد مراكز الترحيب بالعائلات، أو اتصل بالرقم 718-935-2009.

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: مساعدة
key-close-help = Esc: إغلاق
key-send = Enter: إرسال
key-change = Esc: تعديل
key-change-topic = ←→: الموضوع
offline-banner = لا يمكن الوصول إلى خدمة الحسابات الآن. للمساعدة: 718-935-2009
help-title = المساعدة ومعلومات الاتصال
help-school = لمعظم الأسئلة حول حساب طفلك، تواصل مع مدرسة طفلك أو مع المرشد المدرسي.
help-center = في مركز الترحيب بالعائلات هذا ({ $center })، يمكن لموظفي مكتب الاستقبال مساعدتك شخصيا.
help-phone = الهاتف: 718-935-2009
help-support-hub = يمكنك أيضا فتح طلب دعم هنا (الخيار 6 في القائمة)، أو على موقع Support Hub باستخدام رمز QR.
ticket-title = فتح طلب دعم
ticket-intro = أخبرنا بما تحتاجه. سنرد عليك عبر البريد الإلكتروني أو الهاتف.
ticket-topic = الموضوع
ticket-topic-student_password = كلمة مرور الطالب
ticket-topic-nycsa = حساب مدارس مدينة نيويورك (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = معلومات خاطئة عن طفلي
ticket-topic-other = موضوع آخر
ticket-description = ما الذي تحتاج المساعدة فيه؟
ticket-name = اسمك
ticket-email = البريد الإلكتروني (أو رقم هاتف في الأسفل)
ticket-phone = رقم الهاتف
ticket-error-topic = اختر موضوعا.
ticket-error-description = يرجى وصف المشكلة.
ticket-error-name = يرجى كتابة اسمك.
ticket-error-email = البريد الإلكتروني غير مكتمل.
ticket-error-phone = اكتب رقم هاتف مع رمز المنطقة.
ticket-error-contact = أدخل بريدا إلكترونيا أو رقم هاتف.
ticket-error-language = يرجى اختيار لغة.
ticket-review-title = راجع طلبك
ticket-review-hint = هل كل شيء صحيح؟ Enter يرسله، و Esc يعيدك لتعديله.
ticket-review-topic = الموضوع
ticket-review-description = رسالتك
ticket-review-name = الاسم
ticket-review-email = البريد الإلكتروني
ticket-review-phone = الهاتف
ticket-done-title = تم فتح طلبك
ticket-done-number = رقم طلبك:
ticket-done-body = يرجى كتابة الرقم { $ticket }. سنتواصل معك. للمتابعة، امسح رمز QR بهاتفك.

## Counter mode (staff)
key-sign-out = F10: تسجيل الخروج
key-search = Enter: بحث
staff-sign-in-title = تسجيل دخول الموظفين
staff-sign-in-intro = هذا جهاز خاص بمكتب الاستقبال. يسجل الموظفون الدخول برقم الموظف وكلمة المرور والرمز المكوّن من 6 أرقام من تطبيق المصادقة.
staff-id = رقم الموظف
staff-password = كلمة المرور
staff-code = الرمز المكوّن من 6 أرقام
staff-home-title = مكتب الاستقبال
staff-find = البحث عن طالب
staff-family-menu = مساعدة زائر عبر قائمة العائلات
staff-report = تقرير اليوم
staff-sign-out = تسجيل الخروج
report-title = تقرير اليوم
report-day = { $day } — عدد الزيارات: { $visits }
report-median-visit = الوقت من أول ضغطة مفتاح حتى نهاية الزيارة (الوسيط): { $time }
report-handoff-waits = أُحيلت إلى المكتب واستُلمت: { $claimed }. الانتظار: الوسيط { $median }، الأطول { $longest }
report-duration = { $minutes } د { $seconds } ث
report-none = لا يوجد بعد
report-all = المجموع
report-password-changed = تم تغيير كلمة المرور
report-enrolled = تم إعداد PIN أو الأسئلة
report-handed-off = أُحيلت إلى المكتب
report-gave-up = غادروا دون إكمال
report-week = الزيارات في آخر 7 أيام
staff-find-title = البحث عن طالب
staff-find-hint = رقم الطالب، أو اسم المستخدم، أو اسم العائلة وتاريخ الميلاد (Martinez 03/14/2012).
staff-find-label = بحث
staff-find-none = لا يوجد طالب مطابق. تحقق من الإملاء أو من تاريخ الميلاد.
staff-student-id = رقم الطالب
staff-questions = أسئلة الأمان
staff-yes = نعم
staff-no = لا
staff-paused = إيقاف الخدمة الذاتية
staff-paused-temporary = لمدة 15 دقيقة
staff-paused-until_reset = حتى يعيد ولي الأمر أو الموظفون التعيين
staff-last-reset = آخر إعادة تعيين
staff-must-change = توجد كلمة مرور مؤقتة لم يتم تغييرها بعد.
staff-audit = النشاط الأخير
staff-check-needed = تحقق أولا من هوية الزائر شخصيا.
staff-check-ok = تم التحقق من الهوية. اختر إجراء:
staff-check-recorded = تم تسجيل التحقق من الهوية. وهو صالح لمدة 10 دقائق.
staff-check-expired = انتهت صلاحية التحقق من الهوية. يرجى التحقق مرة أخرى.
staff-action-check = تسجيل التحقق من الهوية
staff-action-visitor-password = إعادة تعيين: الزائر يكتب كلمة مرور جديدة
staff-action-temporary = إعادة تعيين بكلمة مرور مؤقتة
staff-action-resume = استئناف الخدمة الذاتية
staff-action-clear-pin = مسح رمز PIN
staff-action-clear-questions = مسح أسئلة الأمان
staff-action-refresh = تحديث
staff-done-resume = تم استئناف الخدمة الذاتية.
staff-done-clear-pin = تم مسح رمز PIN. يمكن للطالب إنشاء رمز جديد.
staff-done-clear-questions = تم مسح أسئلة الأمان. يمكن للطالب إعداد أسئلة جديدة.
staff-done-visitor-password = تم حفظ كلمة المرور الجديدة للزائر.
staff-check-title = التحقق من الهوية
staff-check-intro = من هو الزائر، وما المستند الذي اطلعت عليه؟
staff-visitor = الزائر
staff-visitor-student = الطالب نفسه
staff-visitor-parent = أحد الوالدين
staff-visitor-guardian = الوصي
staff-document = المستند الذي اطلعت عليه (مثلا: بطاقة هوية مدينة نيويورك)
staff-note = ملاحظة (اختياري)
staff-adult = أي شخص بالغ
staff-adult-unlisted = ليس في هذه القائمة
staff-override-hint = لا يوافق على شخص بالغ غير مرتبط بهذا الطالب إلا المشرف. اكتب السبب أدناه (مثلا: تم الاطلاع على أوراق الحضانة).
staff-override-reason = سبب المشرف (10 أحرف على الأقل)
staff-guardian-not-linked = هذا الشخص البالغ غير مرتبط بالطالب. اختر أحد الوالدين أو وصيا مرتبطا، أو اطلب مساعدة المشرف.
staff-supervisor-required = لا يوافق على شخص بالغ غير مرتبط إلا المشرف. اطلب من المشرف تسجيل الدخول على هذا المكتب.
staff-relationship-parent = أحد الوالدين
staff-relationship-guardian = وصي
staff-relationship-relative = قريب
staff-guardians = الوالدان والأوصياء
staff-guardians-none = لا أحد مرتبط
staff-turn-title = يرجى توجيه لوحة المفاتيح نحو الزائر
staff-turn-body = يرجى توجيه لوحة المفاتيح نحو الزائر.
staff-turn-note = يكتب الزائر كلمة المرور الجديدة مرتين. وتبقى مخفية: لا يراها الموظفون أبدا.
staff-temp-title = كلمة مرور مؤقتة
staff-temp-intro = أعط كلمة المرور المؤقتة هذه للزائر. تظهر مرة واحدة فقط:
staff-temp-must-change = يجب على الطالب اختيار كلمة مرور جديدة عند تسجيل الدخول التالي (الخيار 5 في قائمة الجهاز).
staff-temp-countdown = ستختفي كلمة المرور هذه بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
  }.

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: استمع مرة أخرى
key-voice = F5: تشغيل/إيقاف الصوت
speech-press = لاختيار { $choice }، اضغط { $number }.
speech-language-choice = للعربية، اضغط { $number }.
speech-keys = اضغط Enter للمتابعة، أو Esc للرجوع. اضغط F4 للاستماع مرة أخرى، أو F5 لإيقاف الصوت.
speech-off = الصوت متوقف. اضغط F5 لتشغيله مرة أخرى.
speech-secret-typed = { $count ->
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
  }
speech-secret-deleted = تم الحذف

## Ask at the counter (hand-offs)
key-counter = F6: اسأل في مكتب الاستقبال
help-counter = أتحتاج مساعدة؟ اضغط F6 لتحصل على رقم لمكتب الاستقبال.
handoff-title = اسأل في مكتب الاستقبال
handoff-sending = جارٍ الحصول على رقمك لمكتب الاستقبال…
handoff-number-label = رقمك لمكتب الاستقبال:
handoff-tell = اذهب إلى مكتب الاستقبال وقل رقمك: { $number }. يستطيع الموظفون رؤية ما حدث هنا، فلا داعي لأن تشرحه مرة أخرى.
handoff-tell-short = اذهب إلى مكتب الاستقبال وقل رقمك: { $number }.
handoff-body = سيساعدك أحد موظفي مكتب الاستقبال شخصيا. لمغادرة هذه الشاشة، اضغط Enter.
handoff-offline = لا يستطيع هذا الجهاز الاتصال بخدمة الحسابات الآن، لذلك لا يوجد رقم. يرجى الذهاب إلى مكتب الاستقبال على أي حال: سيساعدك الموظفون.
handoff-reason-no-method = لا يوجد PIN أو أسئلة
handoff-reason-paused = الخدمة الذاتية متوقفة
handoff-reason-too-soon = قاعدة الثلاثين يوما
handoff-reason-sign-in-failed = تعذر تسجيل الدخول
handoff-reason-not-found = لم يُعثر على الطالب
handoff-reason-refused = رفضته الخدمة
handoff-reason-asked = طلب المساعدة
staff-queue-title = عائلات أرسلتها أجهزة الخدمة الذاتية ({ $count })
staff-queue-empty = لا أحد ينتظر.
staff-queue-new = جديد
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } دقيقة
staff-queue-unreachable = تعذر تحديث قائمة الانتظار. جارٍ المحاولة مرة أخرى.
staff-handoff-taken = تولاه مكتب آخر بالفعل.
staff-handoff-gone = انتهت صلاحية هذه الإحالة أو لم تعد مفتوحة.
staff-find-handoff = الإحالة { $handoff }. لم يتحقق الجهاز من هوية الطالب: ابحث عنه هنا.
