# Welcome Center Kiosk — বাংলা (Bengali).
# Keys are shared by every language. Keep product names (NYCSA, MySchools,
# NYC Public Schools) and phone numbers exactly as they are.

app-title = NYC Public Schools
step-of = ধাপ { $step } / { $total }
please-wait = অনুগ্রহ করে অপেক্ষা করুন…

## Footer keys
key-continue = Enter: এগিয়ে যান
key-back = Esc: পেছনে
key-move = Tab/↑↓: সরান
key-select = ↑↓: বেছে নিন
key-language = F2: ভাষা
key-show-hide = F3: দেখান/লুকান
key-menu = Esc: মেনু
key-start-over = Enter: আবার শুরু
key-try-again = Enter: আবার চেষ্টা

## Language picker
language-title = আপনার ভাষা বেছে নিন
language-hint = ↑ ↓ এবং Enter ব্যবহার করুন, অথবা নম্বরটি চাপুন।

## Menu
menu-title = আজ আমরা আপনাকে কীভাবে সাহায্য করতে পারি?
menu-student-reset = শিক্ষার্থী — আমার NYC পাবলিক স্কুলের পাসওয়ার্ড রিসেট করা
menu-parent = অভিভাবক — আমার সন্তানের পাসওয়ার্ড রিসেট করা, বা সন্তানের অ্যাকাউন্ট আইডি খোঁজা (NYCSA)
menu-forgot-nycsa = আমি আমার NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এর পাসওয়ার্ড ভুলে গেছি
menu-forgot-myschools = আমি আমার MySchools পাসওয়ার্ড ভুলে গেছি
menu-enroll = শিক্ষার্থী — আমার PIN বা নিরাপত্তা প্রশ্ন সেট আপ করা
menu-ticket = সাহায্যের অনুরোধ (সাপোর্ট টিকিট) খোলা
menu-help = অন্যান্য সাহায্য ও যোগাযোগের তথ্য

not-ready-title = এই কিয়স্কে এটি এখনো পাওয়া যায় না
not-ready-body = এই অপশনটি এই কিয়স্কে এখনো পাওয়া যায় না। কাউন্টারের কর্মীরা এখনই আপনাকে সাহায্য করতে পারেন, অথবা 718-935-2009 নম্বরে ফোন করুন।

## Student reset: lookup
lookup-title = NYC পাবলিক স্কুলের পাসওয়ার্ড রিসেট করুন
lookup-intro = আপনার ইউজারনেম (যেমন AvaM1234) অথবা 9 অঙ্কের শিক্ষার্থী আইডি, এবং আপনার জন্মতারিখ লিখুন।
lookup-student = ইউজারনেম বা শিক্ষার্থী আইডি
lookup-birth-date = জন্মতারিখ (MM/DD/YYYY: মাস/দিন/বছর)
lookup-date-understood = আমরা পড়েছি: { $date }। ভুল হলে বদলান।
date-in-words = { $day } { $month } { $year }
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
lookup-error-student = একটি ইউজারনেম (যেমন AvaM1234) অথবা 9 অঙ্কের শিক্ষার্থী আইডি লিখুন।
lookup-error-birth-date = জন্মতারিখ মাস/দিন/বছর হিসেবে লিখুন, যেমন 03/14/2012।

## Student reset: method
method-title = আপনি কীভাবে আপনার পরিচয় প্রমাণ করতে চান?
method-pin = আমার PIN দিয়ে
method-questions = আমার নিরাপত্তা প্রশ্ন দিয়ে
no-method-title = আপনার এখনো কোনো PIN বা নিরাপত্তা প্রশ্ন নেই
no-method-body = নিজে পাসওয়ার্ড রিসেট করতে একটি PIN বা নিরাপত্তা প্রশ্ন লাগে, কিন্তু আপনি সেগুলো সেট আপ করেননি। তবুও আপনি নতুন পাসওয়ার্ড পেতে পারেন:
no-method-parent = • আপনার অভিভাবককে তাঁর NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এ এটি রিসেট করতে বলুন। তাঁর অ্যাকাউন্ট না থাকলে তিনি বিনামূল্যে একটি খুলতে পারেন।
no-method-school = • আপনার স্কুলকে, অথবা এই ওয়েলকাম সেন্টারের কাউন্টারের কর্মীদের, এটি রিসেট করে দিতে বলুন।
no-method-enroll = আবার সাইন ইন করার পর আপনি একটি PIN বা নিরাপত্তা প্রশ্ন সেট আপ করতে পারেন (মেনুর 5 নম্বর অপশন), যাতে পরের বার নিজেই এটি করতে পারেন।

## Student reset: PIN
pin-title = আপনার PIN লিখুন
pin-label = PIN
pin-hint = আপনার PIN হলো আপনার বেছে নেওয়া 5 থেকে 8টি অক্ষর বা সংখ্যা। এটি আপনার পাসওয়ার্ড নয়।

## Student reset: questions
questions-title = আপনার নিরাপত্তা প্রশ্নের উত্তর দিন
questions-hint = আপনার বেছে নেওয়া উত্তরগুলো লিখুন। বড় হাতের অক্ষর বা বাড়তি স্পেসে কিছু যায় আসে না।

question-first_pet = আপনার প্রথম পোষা প্রাণীর নাম কী ছিল?
question-birth_city = আপনি কোন শহরে জন্মেছেন?
question-favorite_teacher = আপনার প্রিয় শিক্ষক কে?
question-favorite_book = আপনার প্রিয় বই কোনটি?
question-favorite_food = আপনার প্রিয় খাবার কী?
question-best_friend = আপনার সবচেয়ে ভালো বন্ধুর নাম কী?
question-first_school = আপনার প্রথম স্কুলের নাম কী ছিল?
question-favorite_sport = আপনার প্রিয় খেলাধুলা কোনটি?
question-favorite_place = বেড়াতে যাওয়ার জন্য আপনার প্রিয় জায়গা কোনটি?
question-favorite_movie = আপনার প্রিয় সিনেমা কোনটি?
question-favorite_animal = আপনার প্রিয় প্রাণী কোনটি?
question-dream_job = বড় হয়ে আপনি কী কাজ করতে চান?
question-favorite_game = আপনার প্রিয় গেম কোনটি?
question-grandmother_name = আপনার দাদি বা নানির নাম কী?
question-unknown = নিরাপত্তা প্রশ্ন

## New password
password-title = একটি নতুন পাসওয়ার্ড বেছে নিন
password-new = নতুন পাসওয়ার্ড
password-confirm = আবার লিখুন
password-rule-length = 8 থেকে 64টি অক্ষর
password-rule-common = প্রচলিত পাসওয়ার্ড নয়
password-rule-name = আপনার নাম বা ইউজারনেম নেই
password-rule-child-name = আপনার সন্তানের নাম বা অ্যাকাউন্ট আইডি নেই
password-rule-strength = অনুমান করা কঠিন
password-rule-match = দুবারের লেখা মিলেছে
password-mismatch = দুটি লেখা এক নয়।
password-rule-current = আপনার বর্তমান পাসওয়ার্ড নয়
password-strength = শক্তি: { $label }
strength-0 = খুব দুর্বল
strength-1 = দুর্বল
strength-2 = মোটামুটি
strength-3 = ভালো
strength-4 = শক্তিশালী
password-hint = টিপ: এলোমেলো তিন-চারটি শব্দ মনে রাখা সহজ, কিন্তু অনুমান করা কঠিন।
password-fix-first = নতুন পাসওয়ার্ডটি এখনো সব নিয়ম মানছে না। তালিকাটি দেখুন।

## Done
done-title = আপনার পাসওয়ার্ড পরিবর্তন হয়েছে
done-body = এখন আপনি নতুন পাসওয়ার্ড দিয়ে সাইন ইন করতে পারবেন। পরিবর্তন নিশ্চিত করতে আমরা আপনার NYC পাবলিক স্কুল অ্যাকাউন্টে একটি ইমেইল পাঠিয়েছি।
done-return = { $seconds } সেকেন্ড পর এই স্ক্রিনটি শুরুতে ফিরে যাবে।

## Problems
problem-title = আমরা এগোতে পারিনি
not-verified-body = এই তথ্যের সাথে মেলে এমন কোনো শিক্ষার্থী পাওয়া যায়নি। ইউজারনেম বা শিক্ষার্থী আইডি এবং জন্মতারিখ যাচাই করে আবার চেষ্টা করুন।
not-verified-help = তথ্য ঠিক আছে বলে নিশ্চিত? অনেকবার ভুল চেষ্টার পর নিজে রিসেট করার সুবিধা কিছু সময় বন্ধ থাকে। একজন অভিভাবক NYCSA-তে আপনার পাসওয়ার্ড রিসেট করতে পারেন, অথবা কাউন্টারের কর্মীরা এখনই আপনাকে সাহায্য করতে পারেন।
too-many-tries-body = অনেকবার চেষ্টা করা হয়েছে। অ্যাকাউন্ট সুরক্ষিত রাখতে কিছু সময় আবার চেষ্টা করা যাবে না। এখনই কাউন্টারের কর্মীদের কাছে সাহায্য চান।
verification-failed-body = { $method ->
    [pin] PIN মেলেনি।
   *[questions] উত্তরগুলো মেলেনি।
  }
attempts-left = { $count ->
    [one] নিজে রিসেট করার সুবিধা বন্ধ হওয়ার আগে আপনি আর { $count } বার চেষ্টা করতে পারবেন।
   *[other] নিজে রিসেট করার সুবিধা বন্ধ হওয়ার আগে আপনি আর { $count } বার চেষ্টা করতে পারবেন।
  }
paused-temporary-body = অনেকবার ভুল চেষ্টার কারণে এই অ্যাকাউন্টে নিজে রিসেট করার সুবিধা সাময়িকভাবে বন্ধ আছে। আপনি { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
  } পর আবার চেষ্টা করতে পারবেন।
paused-until-reset-body = অনেকবার ভুল চেষ্টার কারণে এই অ্যাকাউন্টে নিজে রিসেট করার সুবিধা বন্ধ আছে।
paused-help = অভিভাবক NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এ আপনার পাসওয়ার্ড রিসেট করতে পারেন, অথবা কাউন্টারের কর্মীরা এখনই সাহায্য করতে পারেন।
too-soon-body = প্রতি 30 দিনে একবার আপনি নিজে পাসওয়ার্ড রিসেট করতে পারেন। আবার নিজে করতে পারবেন { $date } তারিখে।
too-soon-help = এখনই দরকার হলে অভিভাবক NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এ এটি রিসেট করতে পারেন, অথবা কাউন্টারের কর্মীরা সাহায্য করতে পারেন।
flow-expired-body = অনেক বেশি সময় লেগেছে, তাই আপনার নিরাপত্তার জন্য আমরা থামিয়ে দিয়েছি। অনুগ্রহ করে আবার শুরু করুন।
offline-body = এই মুহূর্তে অ্যাকাউন্ট সার্ভিসের সাথে যোগাযোগ করা যাচ্ছে না। কয়েক মিনিট পর আবার চেষ্টা করুন।
offline-help = এখনই সাহায্যের জন্য কাউন্টারের কর্মীদের বলুন অথবা 718-935-2009 নম্বরে ফোন করুন।
unauthorized-body = এই কিয়স্কটি অ্যাকাউন্ট সার্ভিসে নিবন্ধিত নয়। অনুগ্রহ করে কাউন্টারের কর্মীদের জানান।
unauthorized-counter-body = এই কাউন্টার টার্মিনালটি অ্যাকাউন্ট সার্ভিসে নিবন্ধিত নয়, অথবা এর নিবন্ধন বাতিল করা হয়েছে। আপনার সুপারভাইজার বা IT-কে এটি আবার নিবন্ধন করতে বলুন (account-service devices add --mode counter)।
internal-body = আমাদের দিকে একটি সমস্যা হয়েছে। আবার চেষ্টা করুন, অথবা কাউন্টারের কর্মীদের জিজ্ঞেস করুন।
directory-unavailable-body = স্কুল সিস্টেমের পাসওয়ার্ড ডিরেক্টরি এই মুহূর্তে সাড়া দিচ্ছে না। আপনার পাসওয়ার্ড পরিবর্তন হয়নি।
directory-unavailable-help = কয়েক মিনিট পর আবার চেষ্টা করুন। এতে কোনো ভুল চেষ্টা গোনা হয়নি। এখনই সাহায্যের জন্য কাউন্টারের কর্মীদের বলুন।
session-ended-body = এই কিয়স্কে অনেকবার ভুল চেষ্টা হয়েছে। আপনার নিরাপত্তার জন্য আমরা আবার শুরু করেছি।

## Password rejected by the service
reason-too_short = এটি 8 অক্ষরের চেয়ে ছোট।
reason-too_long = এটি 64 অক্ষরের চেয়ে বড়।
reason-common = এটি একটি প্রচলিত পাসওয়ার্ড, সহজেই অনুমান করা যায়।
reason-contains_name = এতে আপনার নাম বা ইউজারনেম আছে।
reason-too_weak = এটি অনুমান করা খুব সহজ।
reason-same_as_current = এটি আপনার বর্তমান পাসওয়ার্ডের সাথে একই।
reason-invisible_character = এতে এমন একটি অক্ষর আছে যা স্ক্রিনে দেখা যায় না। অনুগ্রহ করে আবার টাইপ করুন।
reason-directory_policy = স্কুল সিস্টেমের নিজস্ব পাসওয়ার্ডের নিয়ম এটি গ্রহণ করেনি। আরও লম্বা পাসওয়ার্ড চেষ্টা করুন, যেমন তিন বা চারটি শব্দ।
reason-directory_account = স্কুল সিস্টেম এই অ্যাকাউন্টের পাসওয়ার্ড পরিবর্তন করতে পারেনি। কাউন্টারের কর্মীদের জিজ্ঞেস করুন।

## Idle
idle-title = আপনি কি এখনো আছেন?
idle-body = আপনার গোপনীয়তার জন্য { $seconds } সেকেন্ড পর এই কিয়স্ক আবার শুরু হবে।
idle-keep = চালিয়ে যেতে যেকোনো কী চাপুন।

## Staff exit
exit-title = কর্মীদের প্রস্থান
exit-label = প্রস্থান কোড
exit-wrong = কোডটি সঠিক নয়।
exit-not-configured = kiosk.toml-এ প্রস্থান কোড সেট করা নেই।
exit-wait = অনেকবার ভুল কোড। একটু অপেক্ষা করুন।

## Small terminal
too-small = অনুগ্রহ করে উইন্ডোটি বড় করুন (কমপক্ষে 40 × 12)।

## Enrollment (menu 5)
key-save = Enter: সংরক্ষণ
key-finish = Esc: শেষ করুন
key-set-up-more = Enter: আরও সেট আপ
key-change-question = ←→: অন্য প্রশ্ন
enroll-title = আপনার PIN বা নিরাপত্তা প্রশ্ন সেট আপ করুন
enroll-intro = আপনার NYC পাবলিক স্কুলের ইউজারনেম ও পাসওয়ার্ড দিয়ে সাইন ইন করুন।
enroll-username = ইউজারনেম বা শিক্ষার্থী আইডি
enroll-password = পাসওয়ার্ড
enroll-menu-title = আপনার PIN ও নিরাপত্তা প্রশ্ন
enroll-status-pin = PIN
enroll-status-questions = নিরাপত্তা প্রশ্ন
enroll-status-set = সেট করা আছে
enroll-status-not-set = সেট করা নেই
enroll-create-pin = একটি PIN তৈরি করা
enroll-change-pin = আমার PIN পরিবর্তন করা
enroll-set-questions = নিরাপত্তা প্রশ্ন সেট আপ করা
enroll-change-questions = আমার নিরাপত্তা প্রশ্ন পরিবর্তন করা
enroll-finish = শেষ করা
enroll-optional = PIN ও নিরাপত্তা প্রশ্ন ঐচ্ছিক। তবে দুটির কোনোটিই না থাকলে আপনি এই কিয়স্কে বা অনলাইনে নিজে পাসওয়ার্ড রিসেট করতে পারবেন না।
enroll-young = PIN মনে রাখা কঠিন হলে, বা শিক্ষার্থী ছোট হলে, অভিভাবক NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এ পাসওয়ার্ড রিসেট করতে পারেন।
enroll-pin-title = আপনার PIN তৈরি করুন
enroll-pin-new = নতুন PIN
enroll-pin-confirm = PIN আবার লিখুন
enroll-pin-rule-length = 5 থেকে 8টি অক্ষর বা সংখ্যা
enroll-pin-rule-repeat = একই অক্ষর বারবার নয় (যেমন 11111)
enroll-pin-rule-sequence = পরপর ক্রম নয় (যেমন 12345)
enroll-pin-rule-birthday = আপনার জন্মতারিখ নয়
enroll-pin-mismatch = দুটি PIN একই নয়।
enroll-pin-hint = এমন একটি PIN বেছে নিন যা আপনার মনে থাকবে। স্কুলের কেউ এটি জানে না বা দেখতে পায় না।
enroll-questions-title = আপনার নিরাপত্তা প্রশ্ন সেট আপ করুন
enroll-questions-hint = ◀ ▶ দিয়ে তিনটি আলাদা প্রশ্ন বেছে নিন, আর এমন উত্তর দিন যা আপনার মনে থাকবে।
enroll-password-again = সংরক্ষণ করতে আপনার পাসওয়ার্ড আবার লিখুন
enroll-wrong-password = পাসওয়ার্ডটি সঠিক নয়।
question-reason-invalid = তালিকা থেকে তিনটি প্রশ্ন বেছে নিন।
question-reason-repeated = প্রতিটি প্রশ্ন একবারই বেছে নেওয়া যায়।
question-reason-length = প্রতিটি উত্তরে কমপক্ষে 3টি অক্ষর লাগবে।
question-reason-answers-repeated = প্রতিটি উত্তর আলাদা হতে হবে।
question-reason-question-words = উত্তরে তার প্রশ্নের শব্দ ব্যবহার করা যাবে না।
pin-saved-title = আপনার PIN সংরক্ষিত হয়েছে
pin-saved-body = এখন আপনি এই PIN দিয়ে নিজেই পাসওয়ার্ড রিসেট করতে পারবেন। নিশ্চিত করতে আমরা আপনার NYC পাবলিক স্কুল অ্যাকাউন্টে একটি ইমেইল পাঠিয়েছি।
questions-saved-title = আপনার নিরাপত্তা প্রশ্ন সংরক্ষিত হয়েছে
questions-saved-body = এখন আপনি এই উত্তরগুলো দিয়ে নিজেই পাসওয়ার্ড রিসেট করতে পারবেন। নিশ্চিত করতে আমরা আপনার NYC পাবলিক স্কুল অ্যাকাউন্টে একটি ইমেইল পাঠিয়েছি।
password-temporary-hint = আপনি একটি অস্থায়ী পাসওয়ার্ড দিয়ে সাইন ইন করেছেন। অনুগ্রহ করে আগে নিজের একটি পাসওয়ার্ড বেছে নিন।
sign-in-failed-body = ইউজারনেম বা পাসওয়ার্ড সঠিক নয়।
sign-in-failed-help = পাসওয়ার্ড ভুলে গেছেন? আপনার PIN বা প্রশ্ন দিয়ে 1 নম্বর অপশন ব্যবহার করুন, অভিভাবককে NYCSA-তে রিসেট করতে বলুন, অথবা কাউন্টারের কর্মীদের জিজ্ঞেস করুন।
sign-in-failed-nycsa-help = NYCSA পাসওয়ার্ড ভুলে গেলে মেনু থেকে 3 নম্বর অপশন বেছে নিন, ইমেইলে রিসেট লিংক পাবেন, অথবা কাউন্টারের কর্মীদের জিজ্ঞেস করুন।
sign-in-failed-staff-help = স্টাফ আইডি, পাসওয়ার্ড ও কোড যাচাই করুন (কোড প্রতি 30 সেকেন্ডে বদলায়, আর একবারই কাজ করে)। 5 বার ভুল হলে কর্মীদের সাইন ইন 15 মিনিট বন্ধ থাকে; একজন সুপারভাইজার সাহায্য করতে পারেন।

## Parents and guardians (menu 2), forgotten NYCSA and MySchools passwords (menus 3, 4)
key-other-child = Enter: সন্তানদের তালিকায় ফিরুন
qr-scan = আপনার ফোন দিয়ে স্ক্যান করুন
parent-title = মা-বাবা ও অভিভাবক
parent-intro = NYC স্কুলস অ্যাকাউন্ট (NYCSA) থাকলে আপনি আপনার সন্তানের পাসওয়ার্ড রিসেট করতে এবং তার অ্যাকাউন্ট আইডি দেখতে পারবেন।
parent-sign-in = আমার NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এ সাইন ইন করা
parent-no-account = আমার NYC স্কুলস অ্যাকাউন্ট নেই
parent-sign-in-title = NYC স্কুলস অ্যাকাউন্টে সাইন ইন করুন
parent-sign-in-intro = আপনার NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এর ইমেইল ঠিকানা ও পাসওয়ার্ড লিখুন।
parent-email = ইমেইল ঠিকানা
parent-password = NYCSA পাসওয়ার্ড
parent-forgot-hint = NYCSA পাসওয়ার্ড ভুলে গেছেন? মেনুতে ফিরে গিয়ে 3 নম্বর অপশন বেছে নিন।
children-title = আপনার সন্তানেরা
children-hello = স্বাগতম, { $name }। একজন সন্তান বেছে নিন:
children-none = এই অ্যাকাউন্টের সাথে এখনো কোনো সন্তান যুক্ত নেই। কাউন্টারের কর্মীরা বা আপনার সন্তানের স্কুল সাহায্য করতে পারে।
children-wrong-info = এখানে আপনার সন্তান সম্পর্কে কোনো তথ্য ভুল থাকলে অনুগ্রহ করে সন্তানের স্কুলে যোগাযোগ করুন।
child-show-id = অ্যাকাউন্ট আইডি দেখা
child-reset = পাসওয়ার্ড রিসেট করা
child-account-id = অ্যাকাউন্ট আইডি
child-email = ইমেইল
child-id-hint = আপনার সন্তান এই অ্যাকাউন্ট আইডি ও নিজের পাসওয়ার্ড দিয়ে সাইন ইন করে।
child-done-title = পাসওয়ার্ড পরিবর্তন হয়েছে
child-done-body = এখন { $name } নতুন পাসওয়ার্ড দিয়ে সাইন ইন করতে পারবে। আমরা আপনার সন্তানের NYC পাবলিক স্কুল অ্যাকাউন্টে এবং আপনাকে ইমেইল পাঠিয়েছি।
no-nycsa-title = একটি NYC স্কুলস অ্যাকাউন্ট খুলুন
no-nycsa-what = NYC স্কুলস অ্যাকাউন্ট (NYCSA) দিয়ে অভিভাবকরা সন্তানের তথ্য দেখতে এবং সন্তানের পাসওয়ার্ড রিসেট করতে পারেন।
no-nycsa-free = এটি বিনামূল্যে।
no-nycsa-how = অ্যাকাউন্ট খুলতে আপনার সন্তানের স্কুলকে, অথবা { $center }-এর কাউন্টারের কর্মীদের জিজ্ঞেস করুন। QR কোড দিয়ে NYCSA ওয়েবসাইটেও শুরু করতে পারেন।
forgot-email = ইমেইল ঠিকানা
forgot-email-error = পুরো ইমেইল ঠিকানা লিখুন, যেমন name@example.org।
forgot-nycsa-title = NYC স্কুলস অ্যাকাউন্টের পাসওয়ার্ড ভুলে গেছেন?
forgot-nycsa-intro = আপনার NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এর ইমেইল ঠিকানা লিখুন। পাসওয়ার্ড রিসেট করার একটি লিংক আমরা পাঠাব।
forgot-myschools-title = MySchools পাসওয়ার্ড ভুলে গেছেন?
forgot-myschools-intro = আপনার MySchools অ্যাকাউন্টের ইমেইল ঠিকানা লিখুন। পাসওয়ার্ড রিসেট করার একটি লিংক আমরা পাঠাব।
forgot-sent-title = আপনার ইমেইল দেখুন
forgot-sent-body = এই ঠিকানা দিয়ে কোনো অ্যাকাউন্ট থাকলে আমরা সেখানে একটি রিসেট লিংক পাঠিয়েছি। লিংকটি 30 মিনিট কাজ করবে।
forgot-nycsa-not-arrived = ইমেইল পাননি? স্প্যাম ফোল্ডার দেখুন। সমস্যা চলতে থাকলে আপনার সন্তানের স্কুলে যোগাযোগ করুন।
forgot-myschools-not-arrived = ইমেইল পাননি? স্প্যাম ফোল্ডার দেখুন। MySchools নিয়ে অন্য সমস্যার জন্য আপনার সন্তানের স্কুলের কাউন্সেলরের সাথে কথা বলুন, কোনো ফ্যামিলি ওয়েলকাম সেন্টারে সাহায্য নিন, অথবা 718-935-2009 নম্বরে ফোন করুন।

## Help (menu 7), support tickets (menu 6), offline
key-help = F1: সাহায্য
key-close-help = Esc: বন্ধ করুন
key-send = Enter: পাঠান
key-change = Esc: বদলান
key-change-topic = ←→: বিষয়
offline-banner = অ্যাকাউন্ট সার্ভিসে এখন যোগাযোগ করা যাচ্ছে না। সাহায্য: 718-935-2009
help-title = সাহায্য ও যোগাযোগের তথ্য
help-school = আপনার সন্তানের অ্যাকাউন্ট নিয়ে বেশিরভাগ প্রশ্নের জন্য সন্তানের স্কুল বা স্কুলের কাউন্সেলরের সাথে যোগাযোগ করুন।
help-center = এই ফ্যামিলি ওয়েলকাম সেন্টারে ({ $center }) কাউন্টারের কর্মীরা সরাসরি আপনাকে সাহায্য করতে পারেন।
help-phone = ফোন: 718-935-2009
help-support-hub = আপনি এখানেও (মেনুর 6 নম্বর অপশন) সাপোর্ট টিকিট খুলতে পারেন, অথবা QR কোড দিয়ে Support Hub ওয়েবসাইটে।
ticket-title = সাপোর্ট টিকিট খুলুন
ticket-intro = আপনার কী দরকার আমাদের জানান। আমরা ইমেইল বা ফোনে উত্তর দেব।
ticket-topic = বিষয়
ticket-topic-student_password = শিক্ষার্থীর পাসওয়ার্ড
ticket-topic-nycsa = NYC স্কুলস অ্যাকাউন্ট (NYCSA)
ticket-topic-myschools = MySchools
ticket-topic-wrong_child_info = আমার সন্তান সম্পর্কে ভুল তথ্য
ticket-topic-other = অন্য কিছু
ticket-description = কী বিষয়ে আপনার সাহায্য দরকার?
ticket-name = আপনার নাম
ticket-email = ইমেইল (অথবা নিচে একটি ফোন নম্বর)
ticket-phone = ফোন নম্বর
ticket-error-topic = একটি বিষয় বেছে নিন।
ticket-error-description = অনুগ্রহ করে সমস্যাটি লিখুন।
ticket-error-name = অনুগ্রহ করে আপনার নাম লিখুন।
ticket-error-email = এই ইমেইল ঠিকানাটি সম্পূর্ণ নয়।
ticket-error-phone = এরিয়া কোডসহ একটি ফোন নম্বর লিখুন।
ticket-error-contact = একটি ইমেইল বা ফোন নম্বর দিন।
ticket-error-language = অনুগ্রহ করে একটি ভাষা বেছে নিন।
ticket-review-title = আপনার টিকিট যাচাই করুন
ticket-review-hint = সব ঠিক আছে? Enter চাপলে পাঠানো হবে; বদলাতে Esc চেপে ফিরে যান।
ticket-review-topic = বিষয়
ticket-review-description = আপনার বার্তা
ticket-review-name = নাম
ticket-review-email = ইমেইল
ticket-review-phone = ফোন
ticket-done-title = আপনার টিকিট খোলা হয়েছে
ticket-done-number = আপনার টিকিট নম্বর:
ticket-done-body = অনুগ্রহ করে { $ticket } লিখে রাখুন। আমরা আপনার সাথে যোগাযোগ করব। অগ্রগতি জানতে ফোন দিয়ে QR কোডটি স্ক্যান করুন।

## Counter mode (staff)
key-sign-out = F10: সাইন আউট
key-search = Enter: খুঁজুন
staff-sign-in-title = কর্মীদের সাইন ইন
staff-sign-in-intro = এটি কাউন্টারের টার্মিনাল। কর্মীরা তাঁদের স্টাফ আইডি, পাসওয়ার্ড এবং অথেন্টিকেটর অ্যাপের 6 সংখ্যার কোড দিয়ে সাইন ইন করেন।
staff-id = স্টাফ আইডি
staff-password = পাসওয়ার্ড
staff-code = 6 সংখ্যার কোড
staff-home-title = কাউন্টার
staff-find = শিক্ষার্থী খোঁজা
staff-family-menu = পরিবারের মেনু দিয়ে দর্শনার্থীকে সাহায্য করা
staff-report = আজকের রিপোর্ট
staff-sign-out = সাইন আউট করা
report-title = আজকের রিপোর্ট
report-day = { $day } — ভিজিট: { $visits }
report-median-visit = প্রথম কী চাপা থেকে ভিজিট শেষ হওয়া পর্যন্ত সময় (মধ্যমা): { $time }
report-handoff-waits = কাউন্টারে পাঠানো ও গ্রহণ করা হয়েছে: { $claimed }। অপেক্ষা: মধ্যমা { $median }, সবচেয়ে বেশি { $longest }
report-duration = { $minutes } মিনিট { $seconds } সেকেন্ড
report-none = এখনও নেই
report-all = মোট
report-password-changed = পাসওয়ার্ড পরিবর্তন হয়েছে
report-enrolled = PIN বা প্রশ্ন সেট আপ হয়েছে
report-handed-off = কাউন্টারে পাঠানো হয়েছে
report-gave-up = শেষ না করে চলে গেছেন
report-week = গত 7 দিনের ভিজিট
staff-find-title = শিক্ষার্থী খুঁজুন
staff-find-hint = শিক্ষার্থী আইডি, ইউজারনেম, অথবা পদবি ও জন্মতারিখ (Martinez 03/14/2012)।
staff-find-label = খুঁজুন
staff-find-none = কোনো শিক্ষার্থী মেলেনি। বানান বা জন্মতারিখ যাচাই করুন।
staff-student-id = শিক্ষার্থী আইডি
staff-questions = নিরাপত্তা প্রশ্ন
staff-yes = হ্যাঁ
staff-no = না
staff-paused = নিজে রিসেটের সুবিধা বন্ধ
staff-paused-temporary = 15 মিনিটের জন্য
staff-paused-until_reset = অভিভাবক বা কর্মী রিসেট না করা পর্যন্ত
staff-last-reset = শেষ রিসেট
staff-must-change = একটি অস্থায়ী পাসওয়ার্ড এখনো পরিবর্তন করা হয়নি।
staff-audit = সাম্প্রতিক কার্যকলাপ
staff-check-needed = আগে সামনাসামনি দর্শনার্থীর পরিচয় যাচাই করুন।
staff-check-ok = পরিচয় যাচাই হয়েছে। একটি কাজ বেছে নিন:
staff-check-recorded = পরিচয় যাচাই রেকর্ড করা হয়েছে। এটি 10 মিনিট বৈধ থাকবে।
staff-check-expired = পরিচয় যাচাইয়ের মেয়াদ শেষ। অনুগ্রহ করে আবার যাচাই করুন।
staff-action-check = পরিচয় যাচাই রেকর্ড করা
staff-action-visitor-password = রিসেট: দর্শনার্থী নতুন পাসওয়ার্ড লিখবেন
staff-action-temporary = অস্থায়ী পাসওয়ার্ডে রিসেট করা
staff-action-resume = নিজে রিসেটের সুবিধা আবার চালু করা
staff-action-clear-pin = PIN মুছে ফেলা
staff-action-clear-questions = নিরাপত্তা প্রশ্ন মুছে ফেলা
staff-action-refresh = রিফ্রেশ করা
staff-done-resume = নিজে রিসেটের সুবিধা আবার চালু হয়েছে।
staff-done-clear-pin = PIN মুছে ফেলা হয়েছে। শিক্ষার্থী নতুন PIN তৈরি করতে পারবে।
staff-done-clear-questions = নিরাপত্তা প্রশ্ন মুছে ফেলা হয়েছে। শিক্ষার্থী নতুন প্রশ্ন সেট আপ করতে পারবে।
staff-done-visitor-password = দর্শনার্থীর নতুন পাসওয়ার্ড সংরক্ষিত হয়েছে।
staff-check-title = পরিচয় যাচাই
staff-check-intro = দর্শনার্থী কে, এবং আপনি কোন কাগজপত্র দেখেছেন?
staff-visitor = দর্শনার্থী
staff-visitor-student = শিক্ষার্থী নিজে
staff-visitor-parent = মা বা বাবা
staff-visitor-guardian = অভিভাবক
staff-document = দেখা কাগজপত্র (যেমন: NYC পরিচয়পত্র)
staff-note = নোট (ঐচ্ছিক)
staff-adult = কোন প্রাপ্তবয়স্ক
staff-adult-unlisted = এই তালিকায় নেই
staff-override-hint = এই শিক্ষার্থীর সাথে যুক্ত নন এমন প্রাপ্তবয়স্ককে শুধু একজন সুপারভাইজার অনুমোদন দিতে পারেন। নিচে কারণ লিখুন (যেমন: অভিভাবকত্বের কাগজ দেখা হয়েছে)।
staff-override-reason = সুপারভাইজারের কারণ (কমপক্ষে 10টি অক্ষর)
staff-guardian-not-linked = এই প্রাপ্তবয়স্ক শিক্ষার্থীর সাথে যুক্ত নন। যুক্ত মা-বাবা বা অভিভাবক বেছে নিন, অথবা একজন সুপারভাইজারকে বলুন।
staff-supervisor-required = যুক্ত নন এমন প্রাপ্তবয়স্ককে শুধু একজন সুপারভাইজার অনুমোদন দিতে পারেন। একজন সুপারভাইজারকে এই কাউন্টারে সাইন ইন করতে বলুন।
staff-relationship-parent = মা বা বাবা
staff-relationship-guardian = অভিভাবক
staff-relationship-relative = আত্মীয়
staff-guardians = মা-বাবা ও অভিভাবক
staff-guardians-none = কেউ যুক্ত নেই
staff-turn-title = অনুগ্রহ করে কিবোর্ডটি দর্শনার্থীর দিকে ঘুরিয়ে দিন
staff-turn-body = অনুগ্রহ করে কিবোর্ডটি দর্শনার্থীর দিকে ঘুরিয়ে দিন।
staff-turn-note = দর্শনার্থী নতুন পাসওয়ার্ডটি দুবার লিখবেন। এটি লুকানো থাকে: কর্মীরা কখনো এটি দেখতে পান না।
staff-temp-title = অস্থায়ী পাসওয়ার্ড
staff-temp-intro = এই অস্থায়ী পাসওয়ার্ডটি দর্শনার্থীকে দিন। এটি শুধু একবার দেখানো হবে:
staff-temp-must-change = পরের বার সাইন ইন করার সময় শিক্ষার্থীকে নতুন পাসওয়ার্ড বেছে নিতে হবে (কিয়স্কে মেনুর 5 নম্বর অপশন)।
staff-temp-countdown = এই পাসওয়ার্ডটি { $seconds } সেকেন্ড পর মুছে যাবে।

## Spoken guidance (speech in kiosk.toml): said aloud, except the two keys shown above the footer
key-listen = F4: আবার শুনুন
key-voice = F5: কণ্ঠস্বর চালু/বন্ধ
speech-press = { $choice } এর জন্য { $number } চাপুন।
speech-language-choice = বাংলার জন্য { $number } চাপুন।
speech-keys = এগিয়ে যেতে Enter চাপুন, পেছনে যেতে Esc চাপুন। আবার শুনতে F4 চাপুন, কণ্ঠস্বর বন্ধ করতে F5 চাপুন।
speech-off = কণ্ঠস্বর বন্ধ আছে। আবার চালু করতে F5 চাপুন।
speech-secret-typed = { $count ->
    [one] একটি অক্ষর
   *[other] { $count }টি অক্ষর
  }
speech-secret-deleted = মুছে ফেলা হয়েছে

## Ask at the counter (hand-offs)
key-counter = F6: কাউন্টারে জিজ্ঞেস করুন
help-counter = আটকে গেছেন? কাউন্টারের নম্বর পেতে F6 চাপুন।
handoff-title = কাউন্টারে জিজ্ঞেস করুন
handoff-sending = কাউন্টারের জন্য আপনার নম্বর আনা হচ্ছে…
handoff-number-label = কাউন্টারের জন্য আপনার নম্বর:
handoff-tell = কাউন্টারে গিয়ে আপনার নম্বর বলুন: { $number }। এখানে কী হয়েছে তা কর্মীরা দেখতে পান, তাই আবার বুঝিয়ে বলতে হবে না।
handoff-tell-short = কাউন্টারে গিয়ে আপনার নম্বর বলুন: { $number }।
handoff-body = কাউন্টারের একজন কর্মী সরাসরি আপনাকে সাহায্য করবেন। এই স্ক্রিন থেকে বের হতে Enter চাপুন।
handoff-offline = কিয়স্ক এখন অ্যাকাউন্ট সার্ভিসে যোগাযোগ করতে পারছে না, তাই কোনো নম্বর নেই। তবুও কাউন্টারে যান: কর্মীরা আপনাকে সাহায্য করবেন।
handoff-reason-no-method = PIN বা প্রশ্ন নেই
handoff-reason-paused = নিজে রিসেট বন্ধ
handoff-reason-too-soon = 30 দিনের নিয়ম
handoff-reason-sign-in-failed = সাইন ইন হয়নি
handoff-reason-not-found = শিক্ষার্থী পাওয়া যায়নি
handoff-reason-refused = সার্ভিস প্রত্যাখ্যান করেছে
handoff-reason-asked = সাহায্য চেয়েছেন
staff-queue-title = কিয়স্ক থেকে পাঠানো পরিবার ({ $count })
staff-queue-empty = কেউ অপেক্ষা করছেন না।
staff-queue-new = নতুন
staff-queue-item = { $number } · { $language } · { $reason } · { $minutes } মিনিট
staff-queue-unreachable = তালিকা হালনাগাদ করা যায়নি। আবার চেষ্টা করা হচ্ছে।
staff-handoff-taken = অন্য একটি কাউন্টার ইতিমধ্যে নিয়ে নিয়েছে।
staff-handoff-gone = এই হ্যান্ড-অফের মেয়াদ শেষ হয়েছে বা এটি আর খোলা নেই।
staff-find-handoff = হ্যান্ড-অফ { $handoff }। কিয়স্ক শিক্ষার্থীর পরিচয় যাচাই করেনি: এখানে খুঁজুন।
