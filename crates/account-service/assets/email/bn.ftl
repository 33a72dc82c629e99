# Confirmation emails — Bengali

## Common
greeting = প্রিয় { $first_name },
greeting-parent = প্রিয় অভিভাবক,
not-you = আপনি যদি এটি না চেয়ে থাকেন, তাহলে যত তাড়াতাড়ি সম্ভব স্কুল বা স্কুলের কাউন্সেলরের সাথে যোগাযোগ করুন, অথবা NYC পাবলিক স্কুলের হটলাইন 718-935-2009 নম্বরে ফোন করুন।
signature = NYC পাবলিক স্কুল — ফ্যামিলি ওয়েলকাম সেন্টার
footer = এটি একটি স্বয়ংক্রিয় ইমেইল। অনুগ্রহ করে উত্তর দেবেন না, কারণ উত্তরগুলো কেউ পড়ে না।

## password_changed
password_changed-subject = আপনার পাসওয়ার্ড পরিবর্তন করা হয়েছে
password_changed-p1 = আপনার স্কুল অ্যাকাউন্ট { $username }-এর পাসওয়ার্ড { $changed_at } তারিখে পরিবর্তন করা হয়েছে।
password_changed-p2 = এখন আপনি নতুন পাসওয়ার্ড দিয়ে আপনার স্কুল অ্যাকাউন্টে সাইন ইন করতে পারবেন।

## child_password_changed
child_password_changed-subject = আপনি আপনার সন্তানের পাসওয়ার্ড পরিবর্তন করেছেন
child_password_changed-p1 = আপনি { $changed_at } তারিখে আপনার NYC স্কুলস অ্যাকাউন্ট (NYCSA) থেকে আপনার সন্তান { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) পাসওয়ার্ড পরিবর্তন করেছেন।
child_password_changed-p2 = নতুন পাসওয়ার্ডটি আপনার সন্তানকে সামনাসামনি বলে দিন। এটি টেক্সট মেসেজ বা ইমেইলে পাঠাবেন না।

## pin_set
pin_set-subject = আপনার PIN সংরক্ষণ করা হয়েছে
pin_set-p1 = { $at } তারিখে আপনার অ্যাকাউন্ট { $username }-এর জন্য একটি PIN সংরক্ষণ করা হয়েছে।
pin_set-p2 = এই PIN দিয়ে আপনি ওয়েলকাম সেন্টারের কিয়স্কে নিজেই আপনার পাসওয়ার্ড রিসেট করতে পারবেন। আপনার PIN গোপন রাখুন, কখনো কাউকে বলবেন না।

## questions_set
questions_set-subject = আপনার নিরাপত্তা প্রশ্ন সংরক্ষণ করা হয়েছে
questions_set-p1 = { $at } তারিখে আপনার অ্যাকাউন্ট { $username }-এর জন্য নিরাপত্তা প্রশ্ন সংরক্ষণ করা হয়েছে।
questions_set-p2 = এই প্রশ্নগুলোর উত্তর দিয়ে আপনি নিজেই আপনার পাসওয়ার্ড রিসেট করতে পারবেন। আপনার উত্তরগুলো কাউকে বলবেন না।

## nycsa_reset_link
nycsa_reset_link-subject = আপনার NYC স্কুলস অ্যাকাউন্টের পাসওয়ার্ড রিসেট করুন
nycsa_reset_link-greeting = প্রিয় { $name },
nycsa_reset_link-p1 = আপনার NYC স্কুলস অ্যাকাউন্ট (NYCSA)-এর জন্য নতুন পাসওয়ার্ড বেছে নিতে এই লিংকটি খুলুন: { $link }
nycsa_reset_link-p2 = লিংকটি মাত্র একবার কাজ করবে, আর শুধু { $expires_in_minutes } মিনিট পর্যন্ত কাজ করবে।

## myschools_reset_link
myschools_reset_link-subject = আপনার MySchools পাসওয়ার্ড রিসেট করুন
myschools_reset_link-greeting = প্রিয় { $name },
myschools_reset_link-p1 = আপনার MySchools অ্যাকাউন্টের (NYC পাবলিক স্কুলে ভর্তির আবেদনের ওয়েবসাইট) জন্য নতুন পাসওয়ার্ড বেছে নিতে এই লিংকটি খুলুন: { $link }
myschools_reset_link-p2 = লিংকটি মাত্র একবার কাজ করবে, আর শুধু { $expires_in_minutes } মিনিট পর্যন্ত কাজ করবে।

## self_service_resumed
self_service_resumed-subject = আপনি আবার নিজেই পাসওয়ার্ড রিসেট করতে পারবেন
self_service_resumed-p1 = { $at } তারিখে { $center }-এর কর্মীরা আপনার অ্যাকাউন্ট { $username }-এর জন্য নিজে নিজে পাসওয়ার্ড রিসেট করার সুবিধা আবার চালু করেছেন।
self_service_resumed-p2 = এখন আপনি আবার আপনার PIN বা নিরাপত্তা প্রশ্ন দিয়ে নিজেই পাসওয়ার্ড রিসেট করতে পারবেন।

## pin_cleared
pin_cleared-subject = আপনার PIN মুছে ফেলা হয়েছে
pin_cleared-p1 = { $at } তারিখে { $center }-এর কর্মীরা আপনার অ্যাকাউন্ট { $username }-এর PIN মুছে ফেলেছেন।
pin_cleared-p2 = সাইন ইন করার পর আপনি ওয়েলকাম সেন্টারের কিয়স্কে নতুন PIN সেট করতে পারবেন।

## questions_cleared
questions_cleared-subject = আপনার নিরাপত্তা প্রশ্ন মুছে ফেলা হয়েছে
questions_cleared-p1 = { $at } তারিখে { $center }-এর কর্মীরা আপনার অ্যাকাউন্ট { $username }-এর নিরাপত্তা প্রশ্নগুলো মুছে ফেলেছেন।
questions_cleared-p2 = সাইন ইন করার পর আপনি ওয়েলকাম সেন্টারের কিয়স্কে নতুন নিরাপত্তা প্রশ্ন সেট করতে পারবেন।

## guardian_notice
guardian_notice-subject = আপনার সন্তানের স্কুল অ্যাকাউন্টে একটি পরিবর্তন
guardian_notice-p1 = { $change ->
     [pin_set] { $at } তারিখে { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) জন্য একটি PIN সংরক্ষণ করা হয়েছে।
     [questions_set] { $at } তারিখে { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) জন্য নিরাপত্তা প্রশ্ন সংরক্ষণ করা হয়েছে।
     [pin_cleared] { $at } তারিখে { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) PIN মুছে ফেলা হয়েছে।
     [questions_cleared] { $at } তারিখে { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) নিরাপত্তা প্রশ্ন মুছে ফেলা হয়েছে।
    *[password] { $at } তারিখে { $first_name }-এর স্কুল অ্যাকাউন্টের ({ $username }) পাসওয়ার্ড পরিবর্তন করা হয়েছে।
}
guardian_notice-p2 = { $place ->
     [nycsa] এটি অন্য একজন অভিভাবক তাঁর NYC স্কুলস অ্যাকাউন্ট (NYCSA) দিয়ে করেছেন।
     [counter] যিনি অনুরোধ করেছেন তাঁর পরিচয় যাচাই করার পর { $center }-এর কর্মীরা এটি করেছেন।
    *[kiosk] এটি একটি ফ্যামিলি ওয়েলকাম সেন্টারের কিয়স্কে করা হয়েছে।
}
guardian_notice-p3 = আপনি, আপনার সন্তান বা আপনার সন্তানের অন্য কোনো অভিভাবক যদি এটি না চেয়ে থাকেন, তাহলে এখনই ফ্যামিলি ওয়েলকাম সেন্টারে 718-935-2009 নম্বরে ফোন করুন।
