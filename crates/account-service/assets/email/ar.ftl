# Confirmation emails — Arabic

## Common
greeting = مرحبًا { $first_name }،
greeting-parent = مرحبًا،
not-you = إذا لم تطلب ذلك، فتواصل فورًا مع المدرسة أو مع المرشد المدرسي، أو اتصل بالخط الساخن لمدارس مدينة نيويورك العامة على الرقم 718-935-2009.
signature = مدارس مدينة نيويورك العامة — مراكز الترحيب بالعائلات
footer = هذه رسالة آلية. من فضلك لا ترد عليها، لأن أحدا لا يقرأ الردود.

## password_changed
password_changed-subject = تم تغيير كلمة المرور الخاصة بك
password_changed-p1 = تم تغيير كلمة مرور حسابك المدرسي { $username } بتاريخ { $changed_at }.
password_changed-p2 = يمكنك الآن تسجيل الدخول إلى حسابك المدرسي باستخدام كلمة المرور الجديدة.

## child_password_changed
child_password_changed-subject = لقد غيّرت كلمة مرور طفلك
child_password_changed-p1 = بتاريخ { $changed_at }، قمت بتغيير كلمة مرور الحساب المدرسي لطفلك { $first_name } ({ $username }) من خلال حساب مدارس مدينة نيويورك (NYCSA) الخاص بك.
child_password_changed-p2 = من فضلك أعطِ كلمة المرور الجديدة لطفلك وجهًا لوجه. لا ترسلها في رسالة نصية أو بالبريد الإلكتروني.

## pin_set
pin_set-subject = تم حفظ رمز PIN الخاص بك
pin_set-p1 = تم حفظ رمز PIN لحسابك { $username } بتاريخ { $at }.
pin_set-p2 = باستخدام رمز PIN هذا، يمكنك إعادة تعيين كلمة المرور بنفسك على جهاز الخدمة الذاتية في مركز الترحيب. احتفظ برمز PIN سرًا ولا تعطه لأي شخص أبدًا.

## questions_set
questions_set-subject = تم حفظ أسئلة الأمان الخاصة بك
questions_set-p1 = تم حفظ أسئلة الأمان لحسابك { $username } بتاريخ { $at }.
questions_set-p2 = يمكنك الإجابة عن هذه الأسئلة لإعادة تعيين كلمة المرور بنفسك. لا تخبر أحدًا بإجاباتك.

## nycsa_reset_link
nycsa_reset_link-subject = إعادة تعيين كلمة مرور حساب مدارس مدينة نيويورك
nycsa_reset_link-greeting = مرحبًا { $name }،
nycsa_reset_link-p1 = لاختيار كلمة مرور جديدة لحساب مدارس مدينة نيويورك (NYCSA) الخاص بك، افتح هذا الرابط: { $link }
nycsa_reset_link-p2 = يعمل هذا الرابط مرة واحدة فقط، ولمدة { $expires_in_minutes } دقيقة فقط.

## myschools_reset_link
myschools_reset_link-subject = إعادة تعيين كلمة مرور MySchools
myschools_reset_link-greeting = مرحبًا { $name }،
myschools_reset_link-p1 = لاختيار كلمة مرور جديدة لحسابك في MySchools (موقع التقديم إلى مدارس مدينة نيويورك العامة)، افتح هذا الرابط: { $link }
myschools_reset_link-p2 = يعمل هذا الرابط مرة واحدة فقط، ولمدة { $expires_in_minutes } دقيقة فقط.

## self_service_resumed
self_service_resumed-subject = يمكنك مرة أخرى إعادة تعيين كلمة المرور بنفسك
self_service_resumed-p1 = بتاريخ { $at }، أعاد موظفو { $center } تشغيل خدمة إعادة تعيين كلمة المرور بنفسك لحسابك { $username }.
self_service_resumed-p2 = يمكنك الآن مرة أخرى إعادة تعيين كلمة المرور بنفسك باستخدام رمز PIN أو أسئلة الأمان.

## pin_cleared
pin_cleared-subject = تم حذف رمز PIN الخاص بك
pin_cleared-p1 = بتاريخ { $at }، حذف موظفو { $center } رمز PIN الخاص بحسابك { $username }.
pin_cleared-p2 = بعد تسجيل الدخول، يمكنك إعداد رمز PIN جديد على جهاز الخدمة الذاتية في مركز الترحيب.

## questions_cleared
questions_cleared-subject = تم حذف أسئلة الأمان الخاصة بك
questions_cleared-p1 = بتاريخ { $at }، حذف موظفو { $center } أسئلة الأمان الخاصة بحسابك { $username }.
questions_cleared-p2 = بعد تسجيل الدخول، يمكنك إعداد أسئلة أمان جديدة على جهاز الخدمة الذاتية في مركز الترحيب.

## guardian_notice
guardian_notice-subject = تغيير في الحساب المدرسي لطفلك
guardian_notice-p1 = { $change ->
     [pin_set] بتاريخ { $at }، تم حفظ رمز PIN للحساب المدرسي لـ { $first_name } ({ $username }).
     [questions_set] بتاريخ { $at }، تم حفظ أسئلة الأمان للحساب المدرسي لـ { $first_name } ({ $username }).
     [pin_cleared] بتاريخ { $at }، تم حذف رمز PIN من الحساب المدرسي لـ { $first_name } ({ $username }).
     [questions_cleared] بتاريخ { $at }، تم حذف أسئلة الأمان من الحساب المدرسي لـ { $first_name } ({ $username }).
    *[password] بتاريخ { $at }، تم تغيير كلمة مرور الحساب المدرسي لـ { $first_name } ({ $username }).
}
guardian_notice-p2 = { $place ->
     [nycsa] قام بذلك ولي أمر آخر من خلال حساب مدارس مدينة نيويورك (NYCSA) الخاص به.
     [counter] قام بذلك موظفو { $center } بعد التحقق من هوية الشخص الذي طلب ذلك.
    *[kiosk] تم ذلك على جهاز الخدمة الذاتية في أحد مراكز الترحيب بالعائلات.
}
guardian_notice-p3 = إذا لم تطلب ذلك أنت أو طفلك أو ولي أمر آخر لطفلك، فاتصل فورًا بمركز الترحيب بالعائلات على الرقم 718-935-2009.
