# Confirmation emails — Urdu

## Common
greeting = ہیلو { $first_name }،
greeting-parent = محترم والدین یا سرپرست،
not-you = اگر آپ نے یہ درخواست نہیں کی تھی تو فوراً اسکول یا اسکول کاؤنسلر سے رابطہ کریں، یا NYC پبلک اسکولز کی ہاٹ لائن 718-935-2009 پر کال کریں۔
signature = NYC پبلک اسکولز — فیملی ویلکم سینٹرز
footer = یہ ایک خودکار پیغام ہے۔ براہ کرم اس کا جواب نہ دیں، کیونکہ جوابات کوئی نہیں پڑھتا۔

## password_changed
password_changed-subject = آپ کا پاس ورڈ تبدیل ہو گیا ہے
password_changed-p1 = آپ کے اسکول اکاؤنٹ { $username } کا پاس ورڈ { $changed_at } کو تبدیل کیا گیا۔
password_changed-p2 = اب آپ نئے پاس ورڈ سے اپنے اسکول اکاؤنٹ میں سائن ان کر سکتے ہیں۔

## child_password_changed
child_password_changed-subject = آپ نے اپنے بچے کا پاس ورڈ تبدیل کر دیا ہے
child_password_changed-p1 = آپ نے { $changed_at } کو اپنے NYC اسکولز اکاؤنٹ (NYCSA) کے ذریعے اپنے بچے { $first_name } کے اسکول اکاؤنٹ ({ $username }) کا پاس ورڈ تبدیل کیا۔
child_password_changed-p2 = براہ کرم نیا پاس ورڈ اپنے بچے کو خود مل کر بتائیں۔ اسے ٹیکسٹ میسج یا ای میل سے نہ بھیجیں۔

## pin_set
pin_set-subject = آپ کا PIN محفوظ ہو گیا ہے
pin_set-p1 = { $at } کو آپ کے اکاؤنٹ { $username } کے لیے ایک PIN محفوظ کیا گیا۔
pin_set-p2 = اس PIN سے آپ ویلکم سینٹر کے کیوسک پر خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں۔ اپنا PIN راز میں رکھیں اور کبھی کسی کو نہ بتائیں۔

## questions_set
questions_set-subject = آپ کے حفاظتی سوالات محفوظ ہو گئے ہیں
questions_set-p1 = { $at } کو آپ کے اکاؤنٹ { $username } کے لیے حفاظتی سوالات محفوظ کیے گئے۔
questions_set-p2 = ان سوالات کے جواب دے کر آپ خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں۔ اپنے جوابات کسی کو نہ بتائیں۔

## nycsa_reset_link
nycsa_reset_link-subject = اپنا NYC اسکولز اکاؤنٹ پاس ورڈ ری سیٹ کریں
nycsa_reset_link-greeting = ہیلو { $name }،
nycsa_reset_link-p1 = اپنے NYC اسکولز اکاؤنٹ (NYCSA) کا نیا پاس ورڈ چننے کے لیے یہ لنک کھولیں: { $link }
nycsa_reset_link-p2 = یہ لنک صرف ایک بار، اور صرف { $expires_in_minutes } منٹ تک کام کرے گا۔

## myschools_reset_link
myschools_reset_link-subject = اپنا MySchools پاس ورڈ ری سیٹ کریں
myschools_reset_link-greeting = ہیلو { $name }،
myschools_reset_link-p1 = اپنے MySchools اکاؤنٹ (NYC پبلک اسکولوں میں داخلے کی درخواست کی ویب سائٹ) کا نیا پاس ورڈ چننے کے لیے یہ لنک کھولیں: { $link }
myschools_reset_link-p2 = یہ لنک صرف ایک بار، اور صرف { $expires_in_minutes } منٹ تک کام کرے گا۔

## self_service_resumed
self_service_resumed-subject = اب آپ دوبارہ خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں
self_service_resumed-p1 = { $at } کو { $center } کے عملے نے آپ کے اکاؤنٹ { $username } کے لیے خود پاس ورڈ ری سیٹ کرنے کی سہولت دوبارہ چالو کر دی۔
self_service_resumed-p2 = اب آپ دوبارہ اپنے PIN یا حفاظتی سوالات سے خود اپنا پاس ورڈ ری سیٹ کر سکتے ہیں۔

## pin_cleared
pin_cleared-subject = آپ کا PIN ہٹا دیا گیا ہے
pin_cleared-p1 = { $at } کو { $center } کے عملے نے آپ کے اکاؤنٹ { $username } کا PIN ہٹا دیا۔
pin_cleared-p2 = سائن ان کرنے کے بعد آپ ویلکم سینٹر کے کیوسک پر نیا PIN سیٹ کر سکتے ہیں۔

## questions_cleared
questions_cleared-subject = آپ کے حفاظتی سوالات ہٹا دیے گئے ہیں
questions_cleared-p1 = { $at } کو { $center } کے عملے نے آپ کے اکاؤنٹ { $username } کے حفاظتی سوالات ہٹا دیے۔
questions_cleared-p2 = سائن ان کرنے کے بعد آپ ویلکم سینٹر کے کیوسک پر نئے حفاظتی سوالات سیٹ کر سکتے ہیں۔

## guardian_notice
guardian_notice-subject = آپ کے بچے کے اسکول اکاؤنٹ میں ایک تبدیلی
guardian_notice-p1 = { $change ->
     [pin_set] { $at } کو { $first_name } کے اسکول اکاؤنٹ ({ $username }) کے لیے ایک PIN محفوظ کیا گیا۔
     [questions_set] { $at } کو { $first_name } کے اسکول اکاؤنٹ ({ $username }) کے لیے حفاظتی سوالات محفوظ کیے گئے۔
     [pin_cleared] { $at } کو { $first_name } کے اسکول اکاؤنٹ ({ $username }) کا PIN ہٹا دیا گیا۔
     [questions_cleared] { $at } کو { $first_name } کے اسکول اکاؤنٹ ({ $username }) کے حفاظتی سوالات ہٹا دیے گئے۔
    *[password] { $at } کو { $first_name } کے اسکول اکاؤنٹ ({ $username }) کا پاس ورڈ تبدیل کیا گیا۔
}
guardian_notice-p2 = { $place ->
     [nycsa] یہ کسی دوسرے والد، والدہ یا سرپرست نے اپنے NYC اسکولز اکاؤنٹ (NYCSA) سے کیا۔
     [counter] یہ { $center } کے عملے نے درخواست کرنے والے شخص کی شناخت کی تصدیق کے بعد کیا۔
    *[kiosk] یہ فیملی ویلکم سینٹر کے ایک کیوسک پر کیا گیا۔
}
guardian_notice-p3 = اگر آپ نے، آپ کے بچے نے یا آپ کے بچے کے کسی دوسرے سرپرست نے یہ درخواست نہیں کی تھی تو فوراً فیملی ویلکم سینٹر کو 718-935-2009 پر کال کریں۔
