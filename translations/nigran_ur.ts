<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.ui" line="+14"/>
        <source>Create the office</source>
        <translation>دفتر قائم کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No office store exists on this computer yet. Create it: choose the district, name the office and set up its first administrator. The administrator&apos;s password protects the encryption key of the whole register; keep it safe.</source>
        <translation>اس کمپیوٹر پر ابھی دفتر کا کوئی ڈیٹا ذخیرہ موجود نہیں۔ اسے قائم کریں: ضلع منتخب کریں، دفتر کا نام درج کریں اور اس کا پہلا منتظم مقرر کریں۔ منتظم کا پاس ورڈ پورے رجسٹر کی خفیہ کاری کی کلید کی حفاظت کرتا ہے؛ اسے محفوظ رکھیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Office name:</source>
        <translation>دفتر کا نام (&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. District Public Prosecutor, Lahore</source>
        <translation>مثلاً ڈسٹرکٹ پبلک پراسیکیوٹر، لاہور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office name</source>
        <translation>دفتر کا نام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrator &amp;login:</source>
        <translation>منتظم کا لاگ اِن (&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrator login</source>
        <translation>منتظم کا لاگ اِن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>منتظم کا نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrator&apos;s name</source>
        <translation>منتظم کا نام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Administrator password</source>
        <translation>منتظم کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Confirm password:</source>
        <translation>پاس ورڈ کی تصدیق (&amp;C):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirm password</source>
        <translation>پاس ورڈ کی تصدیق</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Creating the office and protecting its key; this takes a few seconds…</source>
        <translation>دفتر قائم کیا جا رہا ہے اور اس کی کلید محفوظ کی جا رہی ہے؛ اس میں چند سیکنڈ لگیں گے…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the office</source>
        <translation>دفتر قائم کیا جا رہا ہے</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>Nigran: register of convicted sex offenders, district office client.</source>
        <translation>نگران: سزا یافتہ جنسی مجرموں کا رجسٹر، ضلعی دفتر کا پروگرام۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>یہ مدد دکھائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>ورژن دکھائیں اور پروگرام بند کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the office store (default: the user&apos;s application data folder).</source>
        <translation>دفتر کے ڈیٹا ذخیرے کا فولڈر (طے شدہ: صارف کا ایپلی کیشن ڈیٹا فولڈر)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a demonstration office with synthetic people in &lt;data-dir&gt;/demo, creating it if needed.</source>
        <translation>مصنوعی افراد پر مشتمل نمائشی دفتر (&lt;data-dir&gt;/demo میں) استعمال کریں، اور اگر موجود نہ ہو تو اسے بنائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: en or ur (default: the last one chosen).</source>
        <translation>انٹرفیس کی زبان: en یا ur (طے شدہ: آخری منتخب کردہ زبان)۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en|ur</source>
        <translation>en|ur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &quot;startup-window: &lt;name&gt;&quot; when the first window is shown, then quit (for installation tests).</source>
        <translation>پہلی ونڈو ظاہر ہونے پر &quot;startup-window: &lt;name&gt;&quot; لکھیں، پھر پروگرام بند کریں (تنصیب کی جانچ کے لیے)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --demo: create the demonstration office if needed, print its office id (for the centre to issue its bundle) and exit.</source>
        <translation>--demo کے ساتھ: ضرورت ہو تو نمائشی دفتر بنائیں، اس کے دفتر کی شناخت لکھیں (تاکہ مرکز اس کا بنڈل جاری کر سکے) اور پروگرام بند کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --demo: enrol the demonstration office with the centre using this office bundle (.p12) unless it is enrolled already.</source>
        <translation>--demo کے ساتھ: اس دفتری بنڈل (.p12) کے ذریعے نمائشی دفتر کا مرکز میں اندراج کریں، بشرطیکہ وہ پہلے سے درج نہ ہو۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file holding the password of the --enrol-bundle bundle.</source>
        <translation>وہ فائل جس میں --enrol-bundle والے بنڈل کا پاس ورڈ ہے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument: %1</source>
        <translation>غیر متوقع آرگومنٹ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--language: expected en or ur, not &quot;%1&quot;.</source>
        <translation>--language: یہاں en یا ur درکار ہے، &quot;%1&quot; نہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--print-office-id and --enrol-bundle work with --demo only.</source>
        <translation>--print-office-id اور --enrol-bundle صرف --demo کے ساتھ کام کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--enrol-bundle and --enrol-password-file go together.</source>
        <translation>--enrol-bundle اور --enrol-password-file ایک ساتھ دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Creating the demonstration office…
</source>
        <translation>نمائشی دفتر بنایا جا رہا ہے…
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigran demo</source>
        <translation>نگران (نمائشی)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1 or %2</source>
        <translation>%1 یا %2 پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demonstration office is now enrolled with the centre.
</source>
        <translation>نمائشی دفتر کا اب مرکز میں اندراج ہو گیا ہے۔
</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::AlertLayer</name>
    <message>
        <location filename="../ui/map/alertlayer.h" line="+48"/>
        <source>Alerts</source>
        <translation>انتباہات</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::AlertListModel</name>
    <message>
        <location filename="../ui/monitoring/alertlistmodel.cpp" line="+63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started %1, raised %2 (Pakistan time)</source>
        <translation>شروع ہوا: %1، انتباہ جاری ہوا: %2 (پاکستانی وقت)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time (PKT)</source>
        <translation>وقت (PKT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>حیثیت</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::AlertTexts</name>
    <message>
        <location filename="../ui/monitoring/alerttexts.cpp" line="+13"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>وصولی تسلیم کریں (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;tacted</source>
        <translation>رابطہ کر لیا گیا (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Escalate…</source>
        <translation>اعلیٰ سطح پر بھیجیں (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close…</source>
        <translation>بند کریں (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::AlertsQueueView</name>
    <message>
        <location filename="../ui/monitoring/alertsqueueview.cpp" line="+151"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter alerts by district</source>
        <translation>ضلع کے لحاظ سے انتباہات چھانٹیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum se&amp;verity:</source>
        <translation>کم از کم شدت (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter alerts by minimum severity</source>
        <translation>کم از کم شدت کے لحاظ سے انتباہات چھانٹیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen alerts only</source>
        <translation>صرف کھلے انتباہات (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>انتباہات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note…</source>
        <translation>نوٹ شامل کریں (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on &amp;map</source>
        <translation>نقشے پر دکھائیں (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the alert&apos;s evidence on the map (Return)</source>
        <translation>انتباہ کے ثبوت نقشے پر دکھائیں (Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and &amp;history:</source>
        <translation>نوٹ اور کارروائی کا ریکارڈ (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and history of the alert</source>
        <translation>انتباہ کے نوٹ اور کارروائی کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome: %1</source>
        <translation>نتیجہ: %1</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ApplicationController</name>
    <message numerus="yes">
        <location filename="../ui/applicationcontroller.cpp" line="+90"/>
        <source>Nigran was locked after %n minute(s) without use. Sign in to continue.</source>
        <translation>
            <numerusform>%n منٹ تک استعمال نہ ہونے پر نگران کو مقفل کر دیا گیا۔ جاری رکھنے کے لیے سائن اِن کریں۔</numerusform>
            <numerusform>%n منٹ تک استعمال نہ ہونے پر نگران کو مقفل کر دیا گیا۔ جاری رکھنے کے لیے سائن اِن کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nigran is locked. Sign in to continue.</source>
        <translation>نگران مقفل ہے۔ جاری رکھنے کے لیے سائن اِن کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::AuditViewerDialog</name>
    <message>
        <location filename="../ui/views/auditviewerdialog.cpp" line="+98"/>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entries, oldest first</source>
        <translation>آڈٹ لاگ کے اندراجات، قدیم ترین پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify chain</source>
        <translation>زنجیر کی تصدیق کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit hash chain</source>
        <translation>آڈٹ کی ہیش زنجیر کی تصدیق کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that no entry was edited, deleted or reordered.</source>
        <translation>جانچتا ہے کہ کسی اندراج میں ترمیم، حذف یا ترتیب کی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not verify the audit chain.</source>
        <translation>آپ کے عہدے کو آڈٹ زنجیر کی تصدیق کی اجازت نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the audit log</source>
        <translation>آڈٹ لاگ تازہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the chain verification</source>
        <translation>زنجیر کی تصدیق کا نتیجہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chain could not be verified: %1</source>
        <translation>زنجیر کی تصدیق نہیں ہو سکی: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Intact: %n entry(ies) checked, none edited, deleted or reordered.</source>
        <translation>
            <numerusform>سالم: %n اندراج جانچا گیا؛ کسی میں ترمیم، حذف یا ترتیب کی تبدیلی نہیں ہوئی۔</numerusform>
            <numerusform>سالم: %n اندراجات جانچے گئے؛ کسی میں ترمیم، حذف یا ترتیب کی تبدیلی نہیں ہوئی۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken at entry %1: %2</source>
        <translation>اندراج %1 پر زنجیر ٹوٹی ہوئی ہے: %2</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::BaseMapLayer</name>
    <message>
        <location filename="../ui/map/basemaplayer.h" line="+27"/>
        <source>Base map</source>
        <translation>بنیادی نقشہ</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::CaseForm</name>
    <message>
        <location filename="../ui/recordforms/caseform.cpp" line="+72"/>
        <source>As written on the FIR (123/2024)</source>
        <translation>جیسا ایف آئی آر پر درج ہے (123/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIR number:</source>
        <translation>ایف آئی آر نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIR date:</source>
        <translation>ایف آئی آر کی تاریخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police station:</source>
        <translation>تھانہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District of the police station:</source>
        <translation>تھانے کا ضلع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court:</source>
        <translation>عدالت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special Court (s.3, Anti-Rape Act 2021)</source>
        <translation>خصوصی عدالت (دفعہ 3، انسدادِ عصمت دری ایکٹ 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Court</source>
        <translation>خصوصی عدالت</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Court type:</source>
        <translation>عدالت کی قسم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number:</source>
        <translation>مقدمہ نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge:</source>
        <translation>جج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor:</source>
        <translation>پراسیکیوٹر:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ChargeForm</name>
    <message>
        <location filename="../ui/recordforms/chargeform.cpp" line="+76"/>
        <source>Offence section</source>
        <translation>جرم کی دفعہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the section (376) or a word of its title</source>
        <translation>دفعہ (376) یا اس کے عنوان کا کوئی لفظ لکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offence:</source>
        <translation>جرم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child (under 18)</source>
        <translation>بچہ (18 سال سے کم)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim&apos;s age:</source>
        <translation>متاثرہ فرد کی عمر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>مؤنث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>مذکر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transgender</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Victim&apos;s gender:</source>
        <translation>متاثرہ فرد کی جنس:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>خاندان کا فرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acquaintance</source>
        <translation>جان پہچان والا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stranger</source>
        <translation>اجنبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of trust (teacher, employer, guardian…)</source>
        <translation>اعتماد کا منصب (استاد، آجر، سرپرست…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim&apos;s relationship to the accused:</source>
        <translation>ملزم سے متاثرہ فرد کا رشتہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The victim&apos;s identity is never recorded: the law forbids disclosing it. Only the age band, gender and relationship are kept.</source>
        <translation>متاثرہ فرد کی شناخت کبھی درج نہیں کی جاتی: قانون اسے ظاہر کرنے سے منع کرتا ہے۔ صرف عمر کا زمرہ، جنس اور رشتہ محفوظ کیا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>registrable (s.2(h))</source>
        <translation>قابلِ اندراج (دفعہ 2(h))</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not registrable</source>
        <translation>ناقابلِ اندراج</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Offence: “%1” matches no single section of the catalogue</source>
        <translation>جرم: “%1” فہرستِ جرائم کی کسی ایک دفعہ سے مطابقت نہیں رکھتا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the offence section.</source>
        <translation>جرم کی دفعہ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is registrable (s.2(h)): a conviction puts the person on the register.</source>
        <translation>%1 قابلِ اندراج ہے (دفعہ 2(h)): اس کے تحت سزا ہونے پر شخص رجسٹر میں درج ہو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not registrable: a conviction under it alone does not put the person on the register.</source>
        <translation>%1 ناقابلِ اندراج ہے: صرف اس کے تحت سزا ہونے سے شخص رجسٹر میں درج نہیں ہوتا۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ConflictResolver</name>
    <message>
        <location filename="../ui/sync/conflictresolver.cpp" line="+27"/>
        <source>%1: not a record.</source>
        <translation>%1: یہ ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+45"/>
        <source>Conflict %1 is about a kind of record this version of Nigran does not know (%2).</source>
        <translation>تنازع %1 ایسے ریکارڈ کی قسم سے متعلق ہے جسے نگران کا یہ ورژن نہیں جانتا (%2)۔</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+45"/>
        <source>Current version of row %1</source>
        <translation>قطار %1 کا موجودہ ورژن</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+44"/>
        <source>Conflicting version of row %1</source>
        <translation>قطار %1 کا متنازع ورژن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolution of conflict %1</source>
        <translation>تنازع %1 کا تصفیہ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بائٹ</numerusform>
            <numerusform>%n بائٹس</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>الزام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conviction</source>
        <translation>سزایابی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentence</source>
        <translation>سزا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custody event</source>
        <translation>حراست کا واقعہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring order</source>
        <translation>نگرانی کا حکم</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ConflictsDialog</name>
    <message>
        <location filename="../ui/sync/conflictsdialog.cpp" line="+81"/>
        <source>Sync conflicts</source>
        <translation>ہم آہنگی کے تنازعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;conflicts:</source>
        <translation>حل طلب تنازعات (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both versions, field by field. Differing fields are highlighted; choose for each the version to keep.</source>
        <translation>دونوں ورژن، فیلڈ بہ فیلڈ (&amp;B)۔ مختلف فیلڈز نمایاں کی گئی ہیں؛ ہر ایک کے لیے وہ ورژن منتخب کریں جسے برقرار رکھنا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>فیلڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+95"/>
        <source>This office&apos;s version</source>
        <translation>اس دفتر کا ورژن</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Conflicting version</source>
        <translation>متنازع ورژن</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Keep</source>
        <translation>برقرار رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save resolution</source>
        <translation>تصفیہ محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation>حل طلب تنازعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both versions field by field</source>
        <translation>دونوں ورژن فیلڈ بہ فیلڈ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2 — from office %3, %4</source>
        <translation>%1 %2 — دفتر %3 کی جانب سے، %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1, centre version %2, edit based on version %3</source>
        <translation>قطار %1، مرکز کا ورژن %2، ترمیم ورژن %3 کی بنیاد پر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (resolution waiting to be sent)</source>
        <translation>%1 (تصفیہ بھیجے جانے کا منتظر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no open conflicts.</source>
        <translation>کوئی حل طلب تنازع موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The versions differ in this field.</source>
        <translation>اس فیلڈ میں دونوں ورژن مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version to keep for %1</source>
        <translation>%1 کے لیے برقرار رکھا جانے والا ورژن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A resolution of this conflict is saved; the next sync sends it to the centre.</source>
        <translation>اس تنازع کا تصفیہ محفوظ ہے؛ اگلی ہم آہنگی میں یہ مرکز کو بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s version is deleted.</source>
        <translation>اس دفتر کے ورژن میں یہ ریکارڈ حذف کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conflicting version is a deletion.</source>
        <translation>متنازع ورژن میں یہ ریکارڈ حذف کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The resolution is saved; the next sync sends it to the centre.</source>
        <translation>تصفیہ محفوظ کر دیا گیا؛ اگلی ہم آہنگی میں یہ مرکز کو بھیج دیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ConvictionForm</name>
    <message>
        <location filename="../ui/recordforms/convictionform.cpp" line="+58"/>
        <source>Judgment date:</source>
        <translation>تاریخِ فیصلہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court:</source>
        <translation>عدالت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue codes, separated by commas (PPC 376, PPC 377)</source>
        <translation>فہرستِ جرائم کے کوڈ، کاما سے الگ کر کے (PPC 376, PPC 377)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections convicted under:</source>
        <translation>جن دفعات کے تحت سزا ہوئی:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appeal</source>
        <translation>کوئی اپیل نہیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appeal pending</source>
        <translation>اپیل زیرِ سماعت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upheld on appeal</source>
        <translation>اپیل میں برقرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified on appeal</source>
        <translation>اپیل میں ترمیم شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquitted on appeal</source>
        <translation>اپیل میں بری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal status:</source>
        <translation>اپیل کی حیثیت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conviction is final</source>
        <translation>سزا حتمی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>حتمی</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Finality:</source>
        <translation>قطعیت:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Judgment date</source>
        <translation>تاریخِ فیصلہ</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::CorrelationDialog</name>
    <message>
        <location filename="../ui/monitoring/correlationdialog.cpp" line="+92"/>
        <source>Crime-scene correlation</source>
        <translation>جائے وقوعہ سے مطابقت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scene latitude</source>
        <translation>جائے وقوعہ کا عرض بلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scene longitude</source>
        <translation>جائے وقوعہ کا طول بلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> m</source>
        <translation> میٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window from (Pakistan time)</source>
        <translation>دورانیے کا آغاز (پاکستانی وقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window to (Pakistan time)</source>
        <translation>دورانیے کا اختتام (پاکستانی وقت)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scene &amp;centre (latitude, longitude; or click the map):</source>
        <translation>جائے وقوعہ کا مرکزی نقطہ (عرض بلد، طول بلد؛ یا نقشے پر کلک کریں) (&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Radius:</source>
        <translation>نصف قطر (&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Window (Pakistan time):</source>
        <translation>دورانیہ، پاکستانی وقت (&amp;W):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;un</source>
        <translation>جانچ شروع کریں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correlation in progress</source>
        <translation>مطابقت کی جانچ جاری ہے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presence</source>
        <translation>موجودگی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closest fix</source>
        <translation>قریب ترین ریڈنگ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correlation results</source>
        <translation>مطابقت کے نتائج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map of the scene</source>
        <translation>جائے وقوعہ کا نقشہ</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Checking %n monitored person(s)…</source>
        <translation>
            <numerusform>%n زیرِ نگرانی شخص کی جانچ کی جا رہی ہے…</numerusform>
            <numerusform>%n زیرِ نگرانی افراد کی جانچ کی جا رہی ہے…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n person(s) checked: </source>
        <translation>
            <numerusform>%n شخص کی جانچ مکمل: </numerusform>
            <numerusform>%n افراد کی جانچ مکمل: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 present, %2 could have been present, %3 excluded.</source>
        <translation>%1 موجود، %2 موجود ہو سکتے تھے، %3 خارج۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km</source>
        <translation>%1 کلومیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 میٹر</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save correlation report</source>
        <translation>مطابقت کی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correlation report saved to %1.</source>
        <translation>مطابقت کی رپورٹ %1 میں محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::CustodyForm</name>
    <message>
        <location filename="../ui/recordforms/custodyform.cpp" line="+58"/>
        <source>Admission to custody</source>
        <translation>حراست میں داخلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to another prison</source>
        <translation>دوسری جیل میں منتقلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release from custody</source>
        <translation>حراست سے رہائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event:</source>
        <translation>واقعہ (&amp;E):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Prison or place:</source>
        <translation>جیل یا مقام (&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote:</source>
        <translation>نوٹ (&amp;O):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prison admitted to, transferred to or released from</source>
        <translation>وہ جیل جس میں داخلہ ہوا، جہاں منتقلی ہوئی یا جہاں سے رہائی ہوئی</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::DateEdit</name>
    <message>
        <location filename="../ui/recordforms/dateedit.cpp" line="+11"/>
        <location line="+8"/>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: “%2” is not a date; write it as year-month-day (2024-01-31)</source>
        <translation>%1: “%2” تاریخ نہیں ہے؛ اسے سال-ماہ-دن کی ترتیب سے لکھیں (2024-01-31)</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::DemoOffice</name>
    <message>
        <location filename="../ui/demooffice.cpp" line="+80"/>
        <source>home (curfew 21:00–06:00)</source>
        <translation>گھر (کرفیو 21:00–06:00)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exclusion zone</source>
        <translation>ممنوعہ زون</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Demonstration data</source>
        <translation>نمائشی ڈیٹا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demonstration: please check the sentence details</source>
        <translation>نمائش: براہِ کرم سزا کی تفصیلات جانچ لیں</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Demonstration: missed a reporting date</source>
        <translation>نمائش: حاضری کی ایک مقررہ تاریخ پر پیش نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstration: not found at the registered address</source>
        <translation>نمائش: درج شدہ پتے پر موجود نہیں پایا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstration: term expired</source>
        <translation>نمائش: مدت پوری ہو گئی</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District Public Prosecutor, Lahore (DEMO, synthetic data)</source>
        <translation>ڈسٹرکٹ پبلک پراسیکیوٹر، لاہور (نمائشی، مصنوعی ڈیٹا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Administrator</source>
        <translation>نمائشی منتظم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo Prosecutor</source>
        <translation>نمائشی پراسیکیوٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo Supervisor (DPP)</source>
        <translation>نمائشی نگران (ڈی پی پی)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Creating the demonstration office with %n synthetic person(s)…</source>
        <translation>
            <numerusform>%n مصنوعی شخص پر مشتمل نمائشی دفتر بنایا جا رہا ہے…</numerusform>
            <numerusform>%n مصنوعی افراد پر مشتمل نمائشی دفتر بنایا جا رہا ہے…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nigran demo</source>
        <translation>نگران (نمائشی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo office progress</source>
        <translation>نمائشی دفتر کی تیاری کی پیش رفت</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nigran DEMO office: synthetic data only. Every person in it is fictional (surname &quot;Namoona&quot;, CNICs starting with 9, FIR numbers ending in /SYN).
  folder:   %1
  logins:   %2 (office administrator), %3 (prosecutor), %4 (district supervisor)
  password: %5 (the same for all three; a published demo password, never for real data)
</source>
        <translation>نگران کا نمائشی دفتر: صرف مصنوعی ڈیٹا۔ اس میں ہر شخص فرضی ہے (خاندانی نام &quot;Namoona&quot; یعنی نمونہ، شناختی کارڈ نمبر 9 سے شروع، ایف آئی آر نمبر /SYN پر ختم)۔
  فولڈر:     %1
  لاگ اِن:    %2 (منتظمِ دفتر)، %3 (پراسیکیوٹر)، %4 (ضلعی نگران)
  پاس ورڈ:  %5 (تینوں کے لیے ایک ہی؛ یہ شائع شدہ نمائشی پاس ورڈ ہے، اصل ڈیٹا کے لیے ہرگز نہیں)
</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::DistrictCombo</name>
    <message>
        <location filename="../ui/recordforms/districtcombo.cpp" line="+31"/>
        <source>Type to search: name in English or Urdu, or code</source>
        <translation>تلاش کے لیے لکھیں: انگریزی یا اردو میں نام، یا کوڈ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: “%2” matches no single district</source>
        <translation>%1: “%2” کسی ایک ضلع سے مطابقت نہیں رکھتا</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::EditPersonDialog</name>
    <message>
        <location filename="../ui/views/editpersondialog.cpp" line="+35"/>
        <source>Correct %1</source>
        <translation>%1 کے کوائف کی تصحیح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 کے کوائف میں ترمیم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is %1: the change is a correction. Say why; the reason and the old values are kept in the record&apos;s history.</source>
        <translation>اس اندراج کی حیثیت “%1” ہے: یہ تبدیلی تصحیح شمار ہو گی۔ وجہ بیان کریں؛ وجہ اور سابقہ معلومات ریکارڈ کے تاریخچے میں محفوظ رہیں گی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::EnrolmentDialog</name>
    <message>
        <location filename="../ui/sync/enrolmentdialog.cpp" line="+100"/>
        <source>Enrol with the centre</source>
        <translation>مرکز میں اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the office bundle (.p12) the centre issued for this office and enter its password. The certificate and key are kept in the encrypted office store.</source>
        <translation>مرکز کی جانب سے اس دفتر کے لیے جاری کردہ دفتری بنڈل (.p12) منتخب کریں اور اس کا پاس ورڈ درج کریں۔ سرٹیفکیٹ اور کلید دفتر کے خفیہ کردہ ڈیٹا ذخیرے میں محفوظ رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;bundle:</source>
        <translation>دفتری بنڈل (&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>منتخب کریں (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle &amp;password:</source>
        <translation>بنڈل کا پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read bundle</source>
        <translation>بنڈل پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>رابطے کی جانچ کریں (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>اندراج کریں (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office bundle file</source>
        <translation>دفتری بنڈل کی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle password</source>
        <translation>بنڈل کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle details</source>
        <translation>بنڈل کی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test result</source>
        <translation>رابطے کی جانچ کا نتیجہ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office bundle</source>
        <translation>دفتری بنڈل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office bundles (*.p12 *.pfx)</source>
        <translation>دفتری بنڈل (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the bundle %1: %2</source>
        <translation>بنڈل %1 پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Office: %1
District: %2
Centre: %3
Valid until: %4</source>
        <translation>دفتر: %1
ضلع: %2
مرکز: %3
مؤثر تا: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is for this office.</source>
        <translation>یہ بنڈل اسی دفتر کا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is not for this office (%1, %2).</source>
        <translation>یہ بنڈل اس دفتر کا نہیں (%1، %2)۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connecting to %1…</source>
        <translation>%1 سے رابطہ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The centre could not be reached: %1</source>
        <translation>مرکز سے رابطہ نہیں ہو سکا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Connected. The centre knows this office as %1 in district %2 (protocol %3, clock difference %n second(s)).</source>
        <translation>
            <numerusform>رابطہ قائم ہو گیا۔ مرکز میں یہ دفتر %1، ضلع %2 کے نام سے درج ہے (پروٹوکول %3، گھڑی کا فرق %n سیکنڈ)۔</numerusform>
            <numerusform>رابطہ قائم ہو گیا۔ مرکز میں یہ دفتر %1، ضلع %2 کے نام سے درج ہے (پروٹوکول %3، گھڑی کا فرق %n سیکنڈ)۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="+107"/>
        <source>Create &amp;office</source>
        <translation>دفتر قائم کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search: name in English or Urdu, or code</source>
        <translation>تلاش کے لیے لکھیں: انگریزی یا اردو میں نام، یا کوڈ</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Confirm password: the two passwords differ.</source>
        <translation>پاس ورڈ کی تصدیق: دونوں پاس ورڈ ایک دوسرے سے مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::FixImportDialog</name>
    <message>
        <location filename="../ui/monitoring/fiximportdialog.cpp" line="+48"/>
        <source>Import fixes from a file</source>
        <translation>فائل سے مقام کی ریڈنگز درآمد کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixes of device %1 (%2) from an NMEA log, a GPX 1.1 file or a CSV file. Nothing is imported until you press Import, and nothing at all when the file has an error.</source>
        <translation>آلے %1 (%2) کی مقام کی ریڈنگز NMEA لاگ، GPX 1.1 فائل یا CSV فائل سے درآمد کی جاتی ہیں۔ جب تک آپ &quot;درآمد کریں&quot; نہ دبائیں کچھ درآمد نہیں ہوتا، اور فائل میں کوئی خرابی ہو تو کچھ بھی درآمد نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen</source>
        <translation>کوئی فائل منتخب نہیں کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>فائل منتخب کریں (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map of the fixes in the file</source>
        <translation>فائل میں موجود ریڈنگز کا نقشہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a file of fixes</source>
        <translation>مقام کی ریڈنگز کی فائل منتخب کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes (*.nmea *.nma *.log *.txt *.gpx *.csv);;All files (*)</source>
        <translation>مقام کی ریڈنگز (*.nmea *.nma *.log *.txt *.gpx *.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing can be imported from this file. %1</source>
        <translation>اس فائل سے کچھ بھی درآمد نہیں کیا جا سکتا۔ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no fixes: nothing to import.</source>
        <translation>%1 میں مقام کی کوئی ریڈنگ نہیں: درآمد کرنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds fixes of device %2, not of this person&apos;s device %3: nothing can be imported.</source>
        <translation>%1 میں آلے %2 کی ریڈنگز ہیں، اس شخص کے آلے %3 کی نہیں: کچھ بھی درآمد نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 PKT at %2</source>
        <translation>%1 PKT کو %2 پر</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fix(es) from %1 to %2 (Pakistan time).</source>
        <translation>
            <numerusform>%1 سے %2 تک (پاکستانی وقت) کی %n ریڈنگ۔</numerusform>
            <numerusform>%1 سے %2 تک (پاکستانی وقت) کی %n ریڈنگز۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First fix: %1</source>
        <translation>پہلی ریڈنگ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fix: %1</source>
        <translation>آخری ریڈنگ: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>درآمد منسوخ کر دی گئی: کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. %1</source>
        <translation>کچھ بھی درآمد نہیں ہوا۔ %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Cancel import</source>
        <translation>درآمد منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing… %p%</source>
        <translation>درآمد جاری ہے… %p%</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported: %n new fix(es)</source>
        <translation>
            <numerusform>درآمد شدہ: %n نئی ریڈنگ</numerusform>
            <numerusform>درآمد شدہ: %n نئی ریڈنگز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already stored</source>
        <translation>
            <numerusform>%n پہلے سے محفوظ</numerusform>
            <numerusform>%n پہلے سے محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new alert(s).</source>
        <translation>
            <numerusform>%n نیا انتباہ۔</numerusform>
            <numerusform>%n نئے انتباہات۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+283"/>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort by</source>
        <translation>ترتیب بلحاظ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>صارفین (&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>مقفل کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now: hide the register and drop its key until you sign in again.</source>
        <translation>ابھی مقفل کریں: دوبارہ سائن اِن کرنے تک رجسٹر چھپا دیں اور اس کی کلید حافظے سے ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>تلاش کریں (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>&amp;Manage users…</source>
        <translation>صارفین کا انتظام (&amp;M)…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Register</source>
        <translation>رجسٹر (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>اوزار (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>&amp;Upcoming releases…</source>
        <translation>آئندہ رہائیاں (&amp;U)…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Audit log…</source>
        <translation>آڈٹ لاگ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New entry…</source>
        <translation>نیا اندراج (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports</source>
        <translation>رپورٹیں (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitoring</source>
        <translation>نگرانی (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring &amp;window…</source>
        <translation>نگرانی کی ونڈو (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks, zones, playback and the alerts queue of monitored people.</source>
        <translation>زیرِ نگرانی افراد کے راستے، زون، دوبارہ چلانے کی سہولت اور انتباہات کی قطار۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;extract of selected person…</source>
        <translation>منتخب شخص کے بارے میں رجسٹر کا اقتباس (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Urdu name</source>
        <translation>اردو نام (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;CNIC</source>
        <translation>شناختی کارڈ نمبر (&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expected release</source>
        <translation>متوقع رہائی (&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>تلاش (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English or Urdu), CNIC or FIR number</source>
        <translation>نام (انگریزی یا اردو)، شناختی کارڈ نمبر یا ایف آئی آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the register</source>
        <translation>رجسٹر میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the start of a name in English or Urdu, a CNIC or an FIR number.</source>
        <translation>انگریزی یا اردو میں نام کا ابتدائی حصہ، شناختی کارڈ نمبر یا ایف آئی آر نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>حیثیت (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>حیثیت کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;District:</source>
        <translation>ضلع (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by district</source>
        <translation>ضلع کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a district&apos;s name to find it.</source>
        <translation>ضلع تلاش کرنے کے لیے اس کے نام کا کوئی حصہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release &amp;window:</source>
        <translation>رہائی کی مدت (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by expected release</source>
        <translation>متوقع رہائی کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People on the register</source>
        <translation>رجسٹر میں درج افراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office administrators manage users and enrolment; they do not see case data.</source>
        <translation>منتظمینِ دفتر صارفین کا اندراج اور انتظام کرتے ہیں؛ وہ مقدمات کا ڈیٹا نہیں دیکھ سکتے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage users</source>
        <translation>صارفین کا انتظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigran is locked. The register is hidden and its key has been dropped; sign in again to continue.</source>
        <translation>نگران مقفل ہے۔ رجسٹر چھپا دیا گیا ہے اور اس کی کلید حافظے سے ہٹا دی گئی ہے؛ جاری رکھنے کے لیے دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>قفل کھولیں (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>قفل کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user</source>
        <translation>سائن اِن شدہ صارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of people found</source>
        <translation>ملنے والے افراد کی تعداد</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All statuses</source>
        <translation>تمام حیثیتیں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All districts</source>
        <translation>تمام اضلاع</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any release date</source>
        <translation>رہائی کی کوئی بھی تاریخ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Released within %n day(s)</source>
        <translation>
            <numerusform>%n دن کے اندر رہائی</numerusform>
            <numerusform>%n دن کے اندر رہائی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already released</source>
        <translation>پہلے ہی رہا شدہ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nigran — locked</source>
        <translation>نگران — مقفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nigran — %1</source>
        <translation>نگران — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1 (%2), %3 · %4</source>
        <translation>سائن اِن: %1 (%2)، %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>More than %Ln person(s) found</source>
        <translation>
            <numerusform>%Ln سے زیادہ شخص ملے</numerusform>
            <numerusform>%Ln سے زیادہ افراد ملے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n شخص ملا</numerusform>
            <numerusform>%n افراد ملے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+120"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a person in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی شخص منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save register extract</source>
        <translation>رجسٹر کا اقتباس محفوظ کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register extract saved to %1.</source>
        <translation>رجسٹر کا اقتباس %1 میں محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save upcoming releases</source>
        <translation>آئندہ رہائیوں کی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upcoming releases saved to %1.</source>
        <translation>آئندہ رہائیوں کی رپورٹ %1 میں محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::MapView</name>
    <message>
        <location filename="../ui/map/mapview.cpp" line="+41"/>
        <source>%1 km</source>
        <translation>%1 کلومیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 میٹر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1° N</source>
        <translation>%1° شمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° S</source>
        <translation>%1° جنوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E</source>
        <translation>%1° مشرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° W</source>
        <translation>%1° مغرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Map</source>
        <translation>نقشہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag or use the arrow keys to move the map; use the mouse wheel or the plus and minus keys to zoom.</source>
        <translation>نقشہ ہلانے کے لیے اسے گھسیٹیں یا تیر والی کلیدیں استعمال کریں؛ چھوٹا بڑا کرنے کے لیے ماؤس کا پہیہ یا جمع اور تفریق کی کلیدیں استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::MbTilesLayer</name>
    <message>
        <location filename="../ui/map/mbtileslayer.cpp" line="+17"/>
        <source>The map tiles file %1 does not exist.</source>
        <translation>نقشے کے ٹکڑوں کی فائل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The map tiles file %1 could not be opened: %2</source>
        <translation>نقشے کے ٹکڑوں کی فائل %1 کھولی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not an MBTiles map: it has no tiles table.</source>
        <translation>فائل %1 MBTiles نقشہ نہیں: اس میں tiles جدول موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../ui/map/mbtileslayer.h" line="+23"/>
        <source>Map tiles</source>
        <translation>نقشے کے ٹکڑے</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::MonitoringOrderForm</name>
    <message>
        <location filename="../ui/recordforms/monitoringorderform.cpp" line="+71"/>
        <source>&amp;Start date:</source>
        <translation>تاریخِ آغاز (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime:</source>
        <translation>تاحیات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End date:</source>
        <translation>تاریخِ اختتام (&amp;E):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Device id:</source>
        <translation>آلے کی شناخت (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporting every:</source>
        <translation>حاضری کا وقفہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>حیثیت (&amp;T):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lifetime order (no end date)</source>
        <translation>تاحیات حکم، اختتام کی کوئی تاریخ نہیں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag or device id; required once the order is active</source>
        <translation>ٹیگ یا آلے کی شناخت؛ حکم نافذ ہونے پر لازمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no periodic reporting</source>
        <translation>کوئی باقاعدہ حاضری نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending (starts on release)</source>
        <translation>زیرِ التوا (رہائی پر نافذ ہو گا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>ختم شدہ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start date</source>
        <translation>تاریخِ آغاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>تاریخِ اختتام</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::MonitoringWindow</name>
    <message numerus="yes">
        <location filename="../ui/monitoring/monitoringwindow.cpp" line="+81"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 گھنٹے %2 منٹ</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Nigran — Monitoring</source>
        <translation>نگران — نگرانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitoring</source>
        <translation>نگرانی (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback</source>
        <translation>دوبارہ چلائیں (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring tools</source>
        <translation>نگرانی کے اوزار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import fixes from a file…</source>
        <translation>فائل سے مقام کی ریڈنگز درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zones…</source>
        <translation>زون (&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crime-scene &amp;correlation…</source>
        <translation>جائے وقوعہ سے موازنہ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track &amp;report (PDF)…</source>
        <translation>راستے کی رپورٹ (PDF) (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;window</source>
        <translation>ونڈو بند کریں (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow the offender</source>
        <translation>مجرم کا تعاقب کریں (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current position in view (F)</source>
        <translation>موجودہ مقام کو نظر میں رکھیں (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People list</source>
        <translation>افراد کی فہرست (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>نقشہ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play&amp;back controls</source>
        <translation>دوبارہ چلانے کے کنٹرول (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts queue</source>
        <translation>انتباہات کی قطار (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search monitored people:</source>
        <translation>زیرِ نگرانی افراد میں تلاش (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search monitored people</source>
        <translation>زیرِ نگرانی افراد میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored people</source>
        <translation>زیرِ نگرانی افراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m (PKT):</source>
        <translation>از (PKT) (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (PKT):</source>
        <translation>تا (PKT) (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period, Pakistan time</source>
        <translation>مدت کا آغاز، پاکستانی وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the period, Pakistan time</source>
        <translation>مدت کا اختتام، پاکستانی وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last 24 hours</source>
        <translation>گزشتہ 24 گھنٹے (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops and t&amp;rips:</source>
        <translation>ٹھہراؤ اور سفر (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops and trips of the track</source>
        <translation>راستے کے ٹھہراؤ اور سفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map of the track</source>
        <translation>راستے کا نقشہ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Device %1</source>
        <translation>آلہ %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The period must end after it starts.</source>
        <translation>مدت کا اختتام اس کے آغاز کے بعد ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No monitored people with a device in this office.</source>
        <translation>اس دفتر میں ایسا کوئی زیرِ نگرانی شخص نہیں جسے آلہ لگا ہو۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln fix(es), %2 stop(s), %3 alert(s) from %4 to %5 (PKT)</source>
        <translation>
            <numerusform>%1: %4 سے %5 تک (PKT) مقام کی %Ln ریڈنگ، ٹھہراؤ: %2، انتباہات: %3</numerusform>
            <numerusform>%1: %4 سے %5 تک (PKT) مقام کی %Ln ریڈنگز، ٹھہراؤ: %2، انتباہات: %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Stop %1–%2 (%3)</source>
        <translation>ٹھہراؤ %1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trip %1–%2 (%3 km, %4)</source>
        <translation>سفر %1–%2 (%3 km، %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signal %1–%2 (%3)</source>
        <translation>سگنل غائب %1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2 (PKT)</source>
        <translation>%1 سے %2 تک (PKT)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The person of alert %1 is not monitored in this office.</source>
        <translation>انتباہ %1 سے متعلق شخص اس دفتر کی نگرانی میں نہیں۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Alert %1 has no evidence fix on this device&apos;s stored track.</source>
        <translation>اس آلے کے محفوظ شدہ راستے میں انتباہ %1 کے ثبوت کی کوئی ریڈنگ موجود نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %2, raised %3 (PKT); %Ln evidence fix(es) ringed on the map.</source>
        <translation>
            <numerusform>%1 — %2، انتباہ جاری ہوا: %3 (PKT)؛ ثبوت کی %Ln ریڈنگ نقشے پر دائرے میں نمایاں کی گئی ہے۔</numerusform>
            <numerusform>%1 — %2، انتباہ جاری ہوا: %3 (PKT)؛ ثبوت کی %Ln ریڈنگز نقشے پر دائرے میں نمایاں کی گئی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save track report</source>
        <translation>راستے کی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Track report saved to %1.</source>
        <translation>راستے کی رپورٹ %1 میں محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::NewEntryDialog</name>
    <message>
        <location filename="../ui/recordforms/newentrydialog.cpp" line="+142"/>
        <source>New register entry</source>
        <translation>رجسٹر میں نیا اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems to correct</source>
        <translation>درست کیے جانے والے مسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who may be the same person</source>
        <translation>وہ افراد جو ممکنہ طور پر یہی شخص ہو سکتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a &amp;different person — create anyway</source>
        <translation>یہ کوئی دوسرا شخص ہے — پھر بھی اندراج بنائیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: go back to the person</source>
        <translation>منسوخ کریں: شخص کے کوائف پر واپس جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>پیچھے (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>آگے (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save entry</source>
        <translation>اندراج محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save entry</source>
        <translation>اندراج محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>الزام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conviction</source>
        <translation>سزایابی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentence</source>
        <translation>سزا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates</source>
        <translation>ممکنہ دہرے اندراجات</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Step %1 of %2: %3</source>
        <translation>مرحلہ %1 از %2: %3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Correct these before going on:</source>
        <translation>آگے بڑھنے سے پہلے انہیں درست کریں:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(cannot be shown)</source>
        <translation>(دکھایا نہیں جا سکتا)</translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>%n person(s) already on the register may be the same person. Compare them with the person you entered before creating a new entry.</source>
        <translation>
            <numerusform>رجسٹر میں پہلے سے درج %n شخص ممکنہ طور پر یہی شخص ہو سکتا ہے۔ نیا اندراج بنانے سے پہلے اس کا موازنہ اپنے درج کردہ شخص سے کریں۔</numerusform>
            <numerusform>رجسٹر میں پہلے سے درج %n افراد میں سے کوئی ممکنہ طور پر یہی شخص ہو سکتا ہے۔ نیا اندراج بنانے سے پہلے ان کا موازنہ اپنے درج کردہ شخص سے کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved. Correct these first:</source>
        <translation>کچھ بھی محفوظ نہیں ہوا۔ پہلے انہیں درست کریں:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved. %1</source>
        <translation>کچھ بھی محفوظ نہیں ہوا۔ %1</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::OfflineExchangeDialog</name>
    <message>
        <location filename="../ui/sync/offlineexchangedialog.cpp" line="+72"/>
        <source>Offline exchange with the centre</source>
        <translation>مرکز کے ساتھ آف لائن تبادلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this office has no link to the centre, its changes travel on a USB stick: export them here, take the file to the centre, and import the reply file it gives back. The files are signed and encrypted; only the centre and this office can read them.</source>
        <translation>جب اس دفتر کا مرکز سے رابطہ نہ ہو تو اس کی تبدیلیاں USB اسٹک کے ذریعے منتقل ہوتی ہیں: انہیں یہاں برآمد کریں، فائل مرکز لے جائیں، اور مرکز کی جانب سے واپس دی گئی جوابی فائل درآمد کریں۔ فائلیں دستخط شدہ اور خفیہ کردہ ہوتی ہیں؛ انہیں صرف مرکز اور یہ دفتر پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Export for the centre</source>
        <translation>1۔ مرکز کے لیے برآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every change not yet acknowledged by the centre. The changes stay pending until their reply is imported, so a lost stick loses nothing.</source>
        <translation>ہر وہ تبدیلی لکھتا ہے جس کی وصولی مرکز نے ابھی تسلیم نہیں کی۔ تبدیلیاں ان کا جواب درآمد ہونے تک زیرِ التوا رہتی ہیں، اس لیے اسٹک گم ہونے سے کچھ ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export for the centre…</source>
        <translation>مرکز کے لیے برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Import the centre&apos;s reply</source>
        <translation>2۔ مرکز کا جواب درآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the reply file the centre wrote for this office: the results of the exported changes and the centre&apos;s changes for this district. Importing a reply twice changes nothing.</source>
        <translation>مرکز کی جانب سے اس دفتر کے لیے لکھی گئی جوابی فائل پڑھتا ہے: برآمد کی گئی تبدیلیوں کے نتائج اور اس ضلع کے لیے مرکز کی تبدیلیاں۔ کسی جواب کو دو بار درآمد کرنے سے کچھ تبدیل نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import the centre&apos;s reply…</source>
        <translation>مرکز کا جواب درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export for the centre</source>
        <translation>مرکز کے لیے برآمد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nigran exchange files (*.nigx)</source>
        <translation>نگران کی تبادلے کی فائلیں (*.nigx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the centre&apos;s reply</source>
        <translation>مرکز کا جواب درآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigran exchange files (*.nigx);;All files (*)</source>
        <translation>نگران کی تبادلے کی فائلیں (*.nigx);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing was exported: %1</source>
        <translation>کچھ بھی برآمد نہیں ہوا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n batch(es) with %1 change(s) to %2. Take the file to the centre and import the reply it gives back.</source>
        <translation>
            <numerusform>%1 تبدیلیوں پر مشتمل %n بیچ %2 میں برآمد کر دیا گیا۔ فائل مرکز لے جائیں اور مرکز کا دیا ہوا جواب درآمد کریں۔</numerusform>
            <numerusform>%1 تبدیلیوں پر مشتمل %n بیچ %2 میں برآمد کر دیے گئے۔ فائل مرکز لے جائیں اور مرکز کا دیا ہوا جواب درآمد کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply %1 was not imported; nothing changed. %2</source>
        <translation>جواب %1 درآمد نہیں ہوا؛ کچھ تبدیل نہیں ہوا۔ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This reply was already imported: nothing changed.</source>
        <translation>یہ جواب پہلے ہی درآمد ہو چکا ہے: کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches acknowledged by the centre: %1</source>
        <translation>مرکز کی جانب سے تسلیم شدہ بیچ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes applied at the centre: %1</source>
        <translation>مرکز میں لاگو کی گئی تبدیلیاں: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (both versions kept, to be resolved): %1</source>
        <translation>تنازعات (دونوں ورژن محفوظ، تصفیہ طلب): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes refused by the centre: %1</source>
        <translation>مرکز کی جانب سے مسترد تبدیلیاں: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows received from the centre: %1</source>
        <translation>مرکز سے موصول قطاریں: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock differs from the centre&apos;s by %1 minutes: please correct it.</source>
        <translation>اس کمپیوٹر کی گھڑی میں مرکز کی گھڑی سے %1 منٹ کا فرق ہے: براہِ کرم اسے درست کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre has more for this office: export and exchange again.</source>
        <translation>مرکز کے پاس اس دفتر کے لیے مزید تبدیلیاں ہیں: دوبارہ برآمد کر کے تبادلہ کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::PersonForm</name>
    <message>
        <location filename="../ui/recordforms/personform.cpp" line="+173"/>
        <source>Name (English letters):</source>
        <translation>نام (انگریزی حروف میں):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Urdu):</source>
        <translation>نام (اردو):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S/O (son of)</source>
        <translation>ولد (بیٹا)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D/O (daughter of)</source>
        <translation>دختر (بیٹی)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W/O (wife of)</source>
        <translation>زوجہ (بیوی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parentage:</source>
        <translation>ولدیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s or husband&apos;s name (English letters):</source>
        <translation>والد یا شوہر کا نام (انگریزی حروف میں):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father&apos;s or husband&apos;s name (Urdu):</source>
        <translation>والد یا شوہر کا نام (اردو):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate aliases with commas</source>
        <translation>عرفیتیں کاما سے الگ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases:</source>
        <translation>عرفیتیں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>تاریخِ پیدائش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>مذکر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>مؤنث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transgender</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>جنس:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CNIC, 13 digits</source>
        <translation>شناختی کارڈ نمبر، 13 ہندسے</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CNIC:</source>
        <translation>شناختی کارڈ نمبر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreign nationals: instead of a CNIC</source>
        <translation>غیر ملکی شہری: شناختی کارڈ نمبر کی بجائے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport number:</source>
        <translation>پاسپورٹ نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three letters, as in the passport (AFG)</source>
        <translation>تین حروف، جیسا پاسپورٹ میں درج ہے (AFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>قومیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District of residence:</source>
        <translation>ضلعِ رہائش:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physical description:</source>
        <translation>جسمانی حلیہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifying marks:</source>
        <translation>شناختی نشانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate numbers with commas</source>
        <translation>نمبر کاما سے الگ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones:</source>
        <translation>فون نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address history:</source>
        <translation>پتوں کا ریکارڈ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address history</source>
        <translation>پتوں کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>مؤثر از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>مؤثر تا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add address</source>
        <translation>پتا شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove address</source>
        <translation>پتا ہٹائیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permanent</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>موجودہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temporary</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>کام کی جگہ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Address %1, type</source>
        <translation>پتا %1، قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address %1</source>
        <translation>پتا %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Address %1, district</source>
        <translation>پتا %1، ضلع</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Address %1, valid from</source>
        <translation>پتا %1، مؤثر از</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Address %1, valid to</source>
        <translation>پتا %1، مؤثر تا</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District of residence</source>
        <translation>ضلعِ رہائش</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::PersonProfileView</name>
    <message>
        <location filename="../ui/views/personprofileview.cpp" line="+300"/>
        <source>&amp;Identity</source>
        <translation>شناخت (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses</source>
        <translation>پتے (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases and charges</source>
        <translation>مقدمات اور الزامات (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;victions</source>
        <translation>سزایابیاں (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sentences</source>
        <translation>سزائیں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody and &amp;monitoring</source>
        <translation>حراست اور نگرانی (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workflow history</source>
        <translation>مراحل کا ریکارڈ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;dit history</source>
        <translation>آڈٹ کا ریکارڈ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the person&apos;s file</source>
        <translation>شخص کی فائل کے حصے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Urdu):</source>
        <translation>نام (اردو):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parentage:</source>
        <translation>ولدیت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parentage (Urdu):</source>
        <translation>ولدیت (اردو):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases:</source>
        <translation>عرفیتیں:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth:</source>
        <translation>تاریخِ پیدائش:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender:</source>
        <translation>جنس:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CNIC:</source>
        <translation>شناختی کارڈ نمبر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passport:</source>
        <translation>پاسپورٹ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description:</source>
        <translation>حلیہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifying marks:</source>
        <translation>شناختی نشانات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones:</source>
        <translation>فون نمبر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District of residence:</source>
        <translation>ضلعِ رہائش:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register status:</source>
        <translation>رجسٹر میں حیثیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected release:</source>
        <translation>متوقع رہائی:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photograph</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Valid from</source>
        <translation>مؤثر از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>مؤثر تا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address history</source>
        <translation>پتوں کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Case number</source>
        <translation>مقدمہ نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>جج</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges. Victims are shown only by age band, gender and relationship; Nigran holds no victim identity.</source>
        <translation>الزامات۔ متاثرہ افراد صرف عمر کے زمرے، جنس اور رشتے سے ظاہر کیے جاتے ہیں؛ نگران میں کسی متاثرہ فرد کی شناخت محفوظ نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offence</source>
        <translation>جرم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrable</source>
        <translation>قابلِ اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim age band</source>
        <translation>متاثرہ فرد کی عمر کا زمرہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Victim gender</source>
        <translation>متاثرہ فرد کی جنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship to offender</source>
        <translation>مجرم سے رشتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>الزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgment date</source>
        <translation>تاریخِ فیصلہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sections</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal status</source>
        <translation>اپیل کی حیثیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>حتمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convictions</source>
        <translation>سزایابیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence ledger: each step to the expected release</source>
        <translation>سزا کا گوشوارہ: متوقع رہائی تک ہر مرحلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody events</source>
        <translation>حراست کے واقعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring orders</source>
        <translation>نگرانی کے احکامات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>سابقہ حیثیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>نئی حیثیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End reason</source>
        <translation>اختتام کی وجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>صارف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow history</source>
        <translation>مراحل کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit history of this record</source>
        <translation>اس ریکارڈ کا آڈٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow:</source>
        <translation>کارروائی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Person&apos;s file</source>
        <translation>شخص کی فائل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — person&apos;s file</source>
        <translation>%1 — شخص کی فائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · sealed after acquittal</source>
        <translation>%1 · %2 · بریت کے بعد سربمہر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S/O</source>
        <translation>ولد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D/O</source>
        <translation>دختر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W/O</source>
        <translation>زوجہ</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>male</source>
        <translation>مذکر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <translation>مؤنث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transgender</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+483"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none computed</source>
        <translation>شمار نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (age %2)</source>
        <translation>%1 (عمر %2 سال)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photograph</source>
        <translation>تصویر موجود نہیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>permanent</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>present</source>
        <translation>موجودہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>temporary</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work</source>
        <translation>کام کی جگہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>current</source>
        <translation>تاحال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under investigation</source>
        <translation>زیرِ تفتیش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>challan submitted</source>
        <translation>چالان جمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under trial</source>
        <translation>زیرِ سماعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convicted</source>
        <translation>سزا یافتہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under appeal</source>
        <translation>زیرِ اپیل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>داخلِ دفتر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (Special Court)</source>
        <translation>%1 (خصوصی عدالت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <translation>%2 سے %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>family</source>
        <translation>خاندان کا فرد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acquaintance</source>
        <translation>جان پہچان والا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stranger</source>
        <translation>اجنبی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position of trust</source>
        <translation>اعتماد کا منصب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● registrable (s.2(h))</source>
        <translation>● قابلِ اندراج (دفعہ 2(h))</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not registrable</source>
        <translation>ناقابلِ اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child (under 18)</source>
        <translation>بچہ (18 سال سے کم)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no appeal</source>
        <translation>کوئی اپیل نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appeal pending</source>
        <translation>اپیل زیرِ سماعت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upheld on appeal</source>
        <translation>اپیل میں برقرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>modified on appeal</source>
        <translation>اپیل میں ترمیم شدہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acquitted on appeal</source>
        <translation>اپیل میں بری</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final</source>
        <translation>حتمی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not final</source>
        <translation>غیر حتمی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (%1 days)</source>
        <translation> (%1 دن)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2%3</source>
        <translation>%1۔ %2%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected release: %1</source>
        <translation>متوقع رہائی: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected release: none computed</source>
        <translation>متوقع رہائی: شمار نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence %1, from %2</source>
        <translation>سزا %1، از %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger cannot be computed: %1</source>
        <translation>گوشوارہ تیار نہیں کیا جا سکتا: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Release on %1</source>
        <translation>رہائی بتاریخ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release date (death sentence)</source>
        <translation>رہائی کی کوئی تاریخ نہیں (سزائے موت)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sentence recorded.</source>
        <translation>کوئی سزا درج نہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>admission</source>
        <translation>جیل میں داخلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transfer</source>
        <translation>منتقلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>رہائی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pending</source>
        <translation>زیرِ التوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>suspended</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended</source>
        <translation>ختم شدہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lifetime</source>
        <translation>تاحیات</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ہر %n دن بعد</numerusform>
            <numerusform>ہر %n دن بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to &amp;draft</source>
        <translation>واپس مسودے میں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify</source>
        <translation>تصدیق کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Return with reasons…</source>
        <translation>وجوہات کے ساتھ واپس کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit to centre</source>
        <translation>مرکز کو ارسال کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge</source>
        <translation>وصولی تسلیم کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;custody…</source>
        <translation>حراست درج کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;custody</source>
        <translation>حراست درج کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record re&amp;lease</source>
        <translation>رہائی درج کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to &amp;monitoring…</source>
        <translation>دوبارہ زیرِ نگرانی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;non-compliant…</source>
        <translation>عدم تعمیل درج کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;absconded…</source>
        <translation>مفرور قرار دیں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End…</source>
        <translation>اندراج ختم کریں…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edi&amp;t…</source>
        <translation>ترمیم کریں (&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correc&amp;t…</source>
        <translation>تصحیح کریں (&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the person&apos;s identity</source>
        <translation>شخص کے شناختی کوائف میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the person&apos;s identity, with a reason</source>
        <translation>وجہ بیان کر کے شخص کے شناختی کوائف کی تصحیح کریں</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make the entry %1</source>
        <translation>اندراج کی حیثیت “%1” کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seal on ac&amp;quittal…</source>
        <translation>بریت پر سربمہر کریں (&amp;Q)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seal the entry after acquittal on appeal</source>
        <translation>اپیل میں بریت کے بعد اندراج سربمہر کریں</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit sente&amp;nce…</source>
        <translation>سزا میں ترمیم (&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;orrect sentence…</source>
        <translation>سزا کی تصحیح (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the sentence selected in the ledger</source>
        <translation>حساب میں منتخب سزا میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the sentence selected in the ledger, with a reason</source>
        <translation>حساب میں منتخب سزا کی وجہ کے ساتھ تصحیح کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustody event…</source>
        <translation>حراست کا واقعہ (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an admission, transfer or release</source>
        <translation>داخلہ، منتقلی یا رہائی درج کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitorin&amp;g order…</source>
        <translation>نگرانی کا حکم (&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an electronic monitoring order</source>
        <translation>الیکٹرانک نگرانی کا حکم شامل کریں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Why does the entry become %1? The reason is kept in the workflow history and the audit log.</source>
        <translation>اندراج کی حیثیت “%1” کیوں کی جا رہی ہے؟ وجہ مراحل کے ریکارڈ اور آڈٹ لاگ میں محفوظ رہے گی۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seal on acquittal</source>
        <translation>بریت پر سربمہر کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry is withdrawn from the register and sealed; it stays only for legal audit. Name the appeal judgment that acquitted the person.</source>
        <translation>اندراج رجسٹر سے واپس لے کر سربمہر کر دیا جاتا ہے؛ یہ صرف قانونی آڈٹ کے لیے باقی رہتا ہے۔ اپیل کے اس فیصلے کا حوالہ دیں جس کے تحت یہ شخص بری ہوا۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record a custody event</source>
        <translation>حراست کا واقعہ درج کریں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a monitoring order</source>
        <translation>نگرانی کا حکم شامل کریں</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Correct sentence %1</source>
        <translation>سزا %1 کی تصحیح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit sentence %1</source>
        <translation>سزا %1 میں ترمیم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is %1: the change is a correction. Say why; the reason and the old sentence are kept in the record&apos;s history.</source>
        <translation>اس اندراج کی حیثیت “%1” ہے: یہ تبدیلی تصحیح شمار ہو گی۔ وجہ بیان کریں؛ وجہ اور سابقہ سزا ریکارڈ کے تاریخچے میں محفوظ رہیں گی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::PlaybackBar</name>
    <message>
        <location filename="../ui/monitoring/playbackbar.cpp" line="+108"/>
        <source>%1 PKT</source>
        <translation>%1 PKT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play or pause the track (Space)</source>
        <translation>راستہ چلائیں یا روکیں (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faster</source>
        <translation>تیز (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slower</source>
        <translation>آہستہ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;back</source>
        <translation>ایک قدم پیچھے (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step f&amp;orward</source>
        <translation>ایک قدم آگے (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peed:</source>
        <translation>رفتار (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>دوبارہ چلانے کی رفتار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Playback time</source>
        <translation>دوبارہ چلانے کا وقت</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Space plays or pauses, plus and minus change the speed, the arrow keys step.</source>
        <translation>Space سے چلائیں یا روکیں، جمع اور تفریق کی کلیدوں سے رفتار تبدیل کریں، اور تیر والی کلیدوں سے قدم بہ قدم آگے پیچھے جائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>روکیں (&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Play</source>
        <translation>چلائیں (&amp;P)</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ReasonDialog</name>
    <message>
        <location filename="../ui/views/reasondialog.cpp" line="+79"/>
        <source>Why the entry ends</source>
        <translation>اندراج ختم ہونے کی وجہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ends because:</source>
        <translation>اختتام کی وجہ (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>وجہ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::RecordDialog</name>
    <message>
        <location filename="../ui/views/recorddialog.cpp" line="+102"/>
        <source>&amp;Reason for the correction:</source>
        <translation>تصحیح کی وجہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>تصحیح کی وجہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>کچھ بھی محفوظ نہیں ہوا: نشان زدہ خانے درست کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>کچھ بھی محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ReportWriter</name>
    <message>
        <location filename="../ui/reports/reportpage.cpp" line="+189"/>
        <source>Could not draw the report into %1.</source>
        <translation>رپورٹ %1 میں تیار نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Could not write the report to %1: %2</source>
        <translation>رپورٹ %1 میں محفوظ نہیں کی جا سکی: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No file was chosen for the report.</source>
        <translation>رپورٹ کے لیے کوئی فائل منتخب نہیں کی گئی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::SceneLayer</name>
    <message>
        <location filename="../ui/map/scenelayer.h" line="+33"/>
        <source>Crime scene</source>
        <translation>جائے وقوعہ</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::SentenceForm</name>
    <message>
        <location filename="../ui/recordforms/sentenceform.cpp" line="+170"/>
        <source>Sentence starts on (usually the judgment date):</source>
        <translation>سزا کا آغاز (عموماً تاریخِ فیصلہ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components:</source>
        <translation>اجزا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>ماہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Section</source>
        <translation>دفعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>طریقِ نفاذ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follows component</source>
        <translation>کس جزو کے بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine (Rs)</source>
        <translation>جرمانہ (روپے)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default years</source>
        <translation>عدم ادائیگی: سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default months</source>
        <translation>عدم ادائیگی: ماہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default days</source>
        <translation>عدم ادائیگی: دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine paid</source>
        <translation>جرمانہ ادا شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence components</source>
        <translation>سزا کے اجزا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add component</source>
        <translation>جزو شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove component</source>
        <translation>جزو ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-trial custody credit, s.382-B CrPC (days):</source>
        <translation>قبل از سزا حراست کی رعایت، دفعہ 382-ب ضابطہ فوجداری (دن):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remissions:</source>
        <translation>معافیاں:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authority</source>
        <translation>مجاز اتھارٹی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excludes sex offences</source>
        <translation>جنسی جرائم مستثنیٰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remissions</source>
        <translation>معافیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add remission</source>
        <translation>معافی شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove remission</source>
        <translation>معافی ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the expected release is computed</source>
        <translation>متوقع رہائی کا حساب کیسے لگایا گیا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rigorous</source>
        <translation>قیدِ بامشقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simple</source>
        <translation>قیدِ محض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life (25 years)</source>
        <translation>عمر قید (25 سال)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Death</source>
        <translation>سزائے موت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consecutive</source>
        <translation>یکے بعد دیگرے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concurrent</source>
        <translation>بیک وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>those before it</source>
        <translation>سابقہ اجزا</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>ماہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>section</source>
        <translation>دفعہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concurrent or consecutive</source>
        <translation>بیک وقت یا یکے بعد دیگرے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follows component</source>
        <translation>کس جزو کے بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fine in rupees</source>
        <translation>جرمانہ روپوں میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default imprisonment, years</source>
        <translation>عدم ادائیگیٔ جرمانہ پر قید، سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default imprisonment, months</source>
        <translation>عدم ادائیگیٔ جرمانہ پر قید، ماہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default imprisonment, days</source>
        <translation>عدم ادائیگیٔ جرمانہ پر قید، دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fine paid</source>
        <translation>جرمانہ ادا شدہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component %1, %2</source>
        <translation>جزو %1، %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>authority</source>
        <translation>مجاز اتھارٹی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>excludes sex offences</source>
        <translation>جنسی جرائم مستثنیٰ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remission %1, %2</source>
        <translation>معافی %1، %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Start date</source>
        <translation>تاریخِ آغاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission %1, date</source>
        <translation>معافی %1، تاریخ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expected release: cannot be computed until the problems above are corrected.</source>
        <translation>متوقع رہائی: اوپر دیے گئے مسائل درست ہونے تک شمار نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected release: %1</source>
        <translation>متوقع رہائی: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected release: none (death sentence)</source>
        <translation>متوقع رہائی: کوئی نہیں (سزائے موت)</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::SyncController</name>
    <message>
        <location filename="../ui/sync/synccontroller.cpp" line="+137"/>
        <source>S&amp;ync now</source>
        <translation>ابھی ہم آہنگ کریں (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this office&apos;s changes to the centre and receive the district&apos;s.</source>
        <translation>اس دفتر کی تبدیلیاں مرکز کو بھیجیں اور ضلع کی تبدیلیاں وصول کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol with the centre…</source>
        <translation>مرکز میں اندراج (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;conflicts…</source>
        <translation>ہم آہنگی کے تنازعات (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange by file (USB)…</source>
        <translation>فائل کے ذریعے تبادلہ (USB) (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a link-less office: write the changes to a file for the centre, or read the centre&apos;s reply.</source>
        <translation>مرکز سے رابطے کے بغیر دفتر کے لیے: تبدیلیاں مرکز کے لیے فائل میں لکھیں، یا مرکز کا جواب پڑھیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::SyncStatusWidget</name>
    <message>
        <location filename="../ui/sync/syncstatuswidget.cpp" line="+69"/>
        <source>Sync: not enrolled</source>
        <translation>ہم آہنگی: مرکز میں اندراج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office is not enrolled with the centre. An administrator can enrol it with Tools &gt; Enrol with the centre…</source>
        <translation>یہ دفتر مرکز میں درج نہیں۔ منتظم اسے یہاں سے درج کر سکتا ہے: اوزار &gt; مرکز میں اندراج…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing… %1 batches sent, %2 pages received</source>
        <translation>ہم آہنگی جاری ہے… %1 بیچ بھیجے گئے، %2 صفحات وصول ہوئے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed · %1 pending · %2 conflicts</source>
        <translation>ہم آہنگی ناکام · %1 زیرِ التوا · %2 تنازعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: %1</source>
        <translation>آخری خرابی: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next attempt in about %n second(s).</source>
        <translation>
            <numerusform>اگلی کوشش تقریباً %n سیکنڈ میں۔</numerusform>
            <numerusform>اگلی کوشش تقریباً %n سیکنڈ میں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced: %1 · %2 pending · %3 conflicts</source>
        <translation>ہم آہنگ: %1 · %2 زیرِ التوا · %3 تنازعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet · %1 pending · %2 conflicts</source>
        <translation>ابھی ہم آہنگ نہیں · %1 زیرِ التوا · %2 تنازعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open conflicts: %1</source>
        <translation>حل طلب تنازعات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>بھیجے جانے کی منتظر تبدیلیاں: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1</source>
        <translation>آخری کامیاب ہم آہنگی: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This computer&apos;s clock differs from the centre&apos;s by about %n minute(s); please correct it.</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی میں مرکز کی گھڑی سے تقریباً %n منٹ کا فرق ہے؛ براہِ کرم اسے درست کریں۔</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی میں مرکز کی گھڑی سے تقریباً %n منٹ کا فرق ہے؛ براہِ کرم اسے درست کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The centre refused %n change(s) in the last sync.</source>
        <translation>
            <numerusform>پچھلی ہم آہنگی میں مرکز نے %n تبدیلی مسترد کر دی۔</numerusform>
            <numerusform>پچھلی ہم آہنگی میں مرکز نے %n تبدیلیاں مسترد کر دیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sync now.</source>
        <translation>ابھی ہم آہنگ کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synchronisation status</source>
        <translation>ہم آہنگی کی صورتِ حال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation progress</source>
        <translation>ہم آہنگی کی پیش رفت</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::TrackLayer</name>
    <message>
        <location filename="../ui/map/tracklayer.h" line="+69"/>
        <source>Track</source>
        <translation>راستہ</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::TriageDialog</name>
    <message>
        <location filename="../ui/monitoring/triagedialog.cpp" line="+24"/>
        <source>Add a note to the alert</source>
        <translation>انتباہ میں نوٹ شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert: %1</source>
        <translation>انتباہ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the outcome</source>
        <translation>نتیجہ منتخب کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجہ (&amp;O):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done or found; no names of victims or witnesses.</source>
        <translation>کیا کارروائی کی گئی یا کیا معلوم ہوا؛ متاثرین یا گواہوں کے نام درج نہ کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the alert</source>
        <translation>انتباہ بند کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::UnlockDialog</name>
    <message>
        <location filename="../ui/unlockdialog.cpp" line="+72"/>
        <source>&amp;Unlock</source>
        <translation>قفل کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Login: please enter your login.</source>
        <translation>لاگ اِن: براہِ کرم اپنا لاگ اِن درج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password: please enter your password.</source>
        <translation>پاس ورڈ: براہِ کرم اپنا پاس ورڈ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::UpcomingReleasesView</name>
    <message>
        <location filename="../ui/views/upcomingreleasesview.cpp" line="+169"/>
        <source>Upcoming releases</source>
        <translation>آئندہ رہائیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>دکھائیں (&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All within 90 days</source>
        <translation>90 دن کے اندر تمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>30 دن کے اندر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 دن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show releases due within</source>
        <translation>اتنی مدت کے اندر متوقع رہائیاں دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People due for release</source>
        <translation>رہائی کے قریب افراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases per reminder bucket</source>
        <translation>یاد دہانی کی ہر مدت میں رہائیاں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1: %2 within 30 days, %3 in 31–60 days, %4 in 61–90 days</source>
        <translation>%1 سے: 30 دن کے اندر %2، 31–60 دن میں %3، 61–90 دن میں %4</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="+81"/>
        <source>Login</source>
        <translation>لاگ اِن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a user in the list above.</source>
        <translation>اوپر دی گئی فہرست میں سے کوئی صارف منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected user: %1</source>
        <translation>منتخب صارف: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+64"/>
        <source>Confirm password: the two passwords differ.</source>
        <translation>پاس ورڈ کی تصدیق: دونوں پاس ورڈ ایک دوسرے سے مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>User %1 added as %2.</source>
        <translation>صارف %1 کو بطور %2 شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The password of %1 has been reset. Give it to the user in person.</source>
        <translation>%1 کا پاس ورڈ از سرِ نو مقرر کر دیا گیا ہے۔ یہ پاس ورڈ صارف کو بالمشافہ دیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::XyzTileLayer</name>
    <message>
        <location filename="../ui/map/xyztilelayer.cpp" line="+98"/>
        <source>Map tile %1/%2/%3 could not be downloaded.</source>
        <translation>نقشے کا ٹکڑا %1/%2/%3 ڈاؤن لوڈ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <location filename="../ui/map/xyztilelayer.h" line="+28"/>
        <source>Online map tiles</source>
        <translation>آن لائن نقشے کے ٹکڑے</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ZoneDrawTool</name>
    <message>
        <location filename="../ui/map/zonedrawtool.cpp" line="+141"/>
        <source>Press at the centre of the circle and drag out its radius. Esc cancels.</source>
        <translation>دائرے کے مرکزی نقطے پر دبائیں اور گھسیٹ کر اس کا نصف قطر بنائیں۔ منسوخ کرنے کے لیے Esc دبائیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Click each corner of the polygon (%n placed), or move the map with the arrow keys and press Space; Enter or a double-click finishes, Backspace removes the last corner, Esc cancels.</source>
        <translation>
            <numerusform>کثیر الاضلاع کے ہر کونے پر کلک کریں (%n کونا لگایا گیا)، یا تیر والی کلیدوں سے نقشہ ہلائیں اور Space دبائیں؛ Enter یا ڈبل کلک سے مکمل ہوتا ہے، Backspace آخری کونا ہٹاتا ہے، Esc منسوخ کرتا ہے۔</numerusform>
            <numerusform>کثیر الاضلاع کے ہر کونے پر کلک کریں (%n کونے لگائے گئے)، یا تیر والی کلیدوں سے نقشہ ہلائیں اور Space دبائیں؛ Enter یا ڈبل کلک سے مکمل ہوتا ہے، Backspace آخری کونا ہٹاتا ہے، Esc منسوخ کرتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag a corner, the centre or the rim handle to change the zone.</source>
        <translation>زون تبدیل کرنے کے لیے کوئی کونا، مرکزی نقطہ یا کنارے کا ہینڈل گھسیٹیں۔</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>A polygon needs at least three corners.</source>
        <translation>کثیر الاضلاع کے کم از کم تین کونے ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location filename="../ui/map/zonedrawtool.h" line="+65"/>
        <source>Zone being drawn</source>
        <translation>بنایا جانے والا زون</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ZoneEditorDialog</name>
    <message>
        <location filename="../ui/monitoring/zoneeditordialog.cpp" line="+75"/>
        <source>Zones of %1</source>
        <translation>%1 کے زون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone editor</source>
        <translation>زون میں ترمیم</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+570"/>
        <source>Label</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+570"/>
        <source>Shape</source>
        <translation>شکل</translation>
    </message>
    <message>
        <location line="-570"/>
        <location line="+570"/>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <location line="-570"/>
        <location line="+570"/>
        <source>Schedule</source>
        <translation>اوقات</translation>
    </message>
    <message>
        <location line="-564"/>
        <source>Zones</source>
        <translation>زون</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New zone</source>
        <translation>نیا زون (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>تاریخچہ (&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire…</source>
        <translation>غیر مؤثر کریں (&amp;R)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Map of the zones</source>
        <translation>زونوں کا نقشہ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draw &amp;circle</source>
        <translation>دائرہ بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw &amp;polygon</source>
        <translation>کثیر الاضلاع بنائیں (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press at the centre on the map and drag out the radius.</source>
        <translation>نقشے پر مرکزی نقطے پر دبائیں اور گھسیٹ کر نصف قطر بنائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the corners on the map; Enter or a double-click finishes, Backspace removes the last corner, Esc cancels.</source>
        <translation>نقشے پر کونوں پر کلک کریں؛ Enter یا ڈبل کلک سے مکمل ہوتا ہے، Backspace آخری کونا ہٹاتا ہے، Esc منسوخ کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>school, home, market …</source>
        <translation>اسکول، گھر، بازار …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusion (alert on entry)</source>
        <translation>ممنوعہ (داخلے پر انتباہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion (alert on exit)</source>
        <translation>لازمی (باہر نکلنے پر انتباہ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source> m</source>
        <translation> میٹر</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> s</source>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre latitude</source>
        <translation>مرکزی نقطے کا عرض بلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centre longitude</source>
        <translation>مرکزی نقطے کا طول بلد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Radius</source>
        <translation>نصف قطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set c&amp;ircle</source>
        <translation>دائرہ مقرر کریں (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the zone the circle of this centre and radius.</source>
        <translation>زون کو اس مرکزی نقطے اور نصف قطر والا دائرہ بنا دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it applies (Pakistan time; no window: always)</source>
        <translation>کب لاگو ہوتا ہے (پاکستانی وقت؛ کوئی دورانیہ نہ ہو تو ہمیشہ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time window</source>
        <translation>وقت کا دورانیہ شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Label:</source>
        <translation>نام (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>نوعیت (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buffer:</source>
        <translation>حفاظتی حاشیہ (&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grace period:</source>
        <translation>رعایتی مدت (&amp;G):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shape (centre latitude, longitude, radius):</source>
        <translation>شکل (مرکزی نقطے کا عرض بلد، طول بلد، نصف قطر):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule:</source>
        <translation>اوقات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Exclusion</source>
        <translation>ممنوعہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inclusion</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Zone &quot;%1&quot;, version %2: a save makes version %3</source>
        <translation>زون &quot;%1&quot;، ورژن %2: محفوظ کرنے سے ورژن %3 بنے گا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New zone: draw it on the map or type a circle</source>
        <translation>نیا زون: اسے نقشے پر بنائیں یا دائرہ درج کریں</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+307"/>
        <source>Mon</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Tue</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Wed</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Thu</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Fri</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Sat</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+307"/>
        <source>Sun</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>From (Pakistan time)</source>
        <translation>آغاز (پاکستانی وقت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To (Pakistan time; earlier than From: the next day)</source>
        <translation>اختتام (پاکستانی وقت؛ آغاز سے پہلے ہو تو اگلے دن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this time window</source>
        <translation>وقت کا یہ دورانیہ ہٹائیں</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No shape yet: draw one on the map.</source>
        <translation>ابھی کوئی شکل نہیں: نقشے پر بنائیں۔</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reason: please say why.</source>
        <translation>وجہ: براہِ کرم وجہ بیان کریں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shape: draw a circle or a polygon on the map, or type a circle.</source>
        <translation>شکل: نقشے پر دائرہ یا کثیر الاضلاع بنائیں، یا دائرہ درج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change zone</source>
        <translation>زون میں تبدیلی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the zone &quot;%1&quot; changed?</source>
        <translation>زون &quot;%1&quot; کیوں تبدیل کیا جا رہا ہے؟</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retire zone</source>
        <translation>زون غیر مؤثر کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why does the zone &quot;%1&quot; no longer apply?</source>
        <translation>زون &quot;%1&quot; اب کیوں لاگو نہیں ہوتا؟</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History of the zone &quot;%1&quot;</source>
        <translation>زون &quot;%1&quot; کا تاریخچہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By</source>
        <translation>صارف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions of the zone</source>
        <translation>زون کے ورژن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (retired)</source>
        <translation> (غیر مؤثر)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Circle, radius %1 m, around %2</source>
        <translation>%2 کے گرد دائرہ، نصف قطر %1 میٹر</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Polygon of %n corner(s)</source>
        <translation>
            <numerusform>%n کونے والا کثیر الاضلاع</numerusform>
            <numerusform>%n کونوں والا کثیر الاضلاع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always</source>
        <translation>ہمیشہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every day</source>
        <translation>روزانہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon–Fri</source>
        <translation>پیر تا جمعہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>Nigran::Gui::ZoneLayer</name>
    <message>
        <location filename="../ui/map/zonelayer.h" line="+32"/>
        <source>Zones</source>
        <translation>زون</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::AccessPolicy</name>
    <message>
        <location filename="../models/services/accesspolicy.cpp" line="+67"/>
        <source>A %1 may not %2.</source>
        <translation>%1 کو %2 کی اجازت نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::AppSettings</name>
    <message>
        <location filename="../models/core/appsettings.cpp" line="+25"/>
        <source>Language: must be &quot;en&quot; (English) or &quot;ur&quot; (Urdu).</source>
        <translation>زبان: &quot;en&quot; (انگریزی) یا &quot;ur&quot; (اردو) ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle lock: must be a whole number of minutes from %1 to %2.</source>
        <translation>عدم استعمال پر قفل: %1 سے %2 تک منٹوں کی مکمل تعداد ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last login: must be a login name of 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>آخری لاگ اِن: ایسا لاگ اِن نام ہونا چاہیے جو 3 سے 32 تک چھوٹے انگریزی حروف، ہندسوں، &apos;.&apos;، &apos;_&apos; یا &apos;-&apos; پر مشتمل ہو اور کسی حرف سے شروع ہو۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Office folder: must be a full (absolute) path.</source>
        <translation>دفتر کا فولڈر: مکمل (مطلق) راستہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre address: must be an https address with a host name and without a user name or password.</source>
        <translation>مرکز کا پتا: https پتا ہونا چاہیے جس میں میزبان (host) کا نام ہو اور صارف نام یا پاس ورڈ نہ ہو۔</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+92"/>
        <source>The settings are not open.</source>
        <translation>ترتیبات کھلی ہوئی نہیں ہیں۔</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The settings file %1 cannot be read; the defaults are used.</source>
        <translation>ترتیبات کی فائل %1 پڑھی نہیں جا سکتی؛ طے شدہ ترتیبات استعمال کی جا رہی ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Setting %2 in %3; the default is used.</source>
        <translation>%1 ترتیب %2، فائل %3 میں؛ اس کی جگہ طے شدہ قدر استعمال کی جا رہی ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings could not be written to %1.</source>
        <translation>ترتیبات %1 میں محفوظ نہیں کی جا سکیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::AuditEntryModel</name>
    <message>
        <location filename="../models/itemmodels/auditentrymodel.cpp" line="+72"/>
        <source>No.</source>
        <translation>نمبر شمار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>متعلقہ شے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity id</source>
        <translation>متعلقہ شے کی شناخت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Created</source>
        <translation>بنایا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>ترمیم کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>تصحیح کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>محفوظ کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>درج کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>ملاحظہ کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>برآمد کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>حیثیت تبدیل کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>سربمہر کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>سائن اِن کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>سائن اِن ناکام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>مقفل کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office created</source>
        <translation>دفتر قائم کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>صارف شامل کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>پاس ورڈ تبدیل کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>پاس ورڈ از سرِ نو مقرر کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User enabled</source>
        <translation>صارف فعال کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>صارف غیر فعال کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log verified</source>
        <translation>آڈٹ لاگ کی تصدیق کی گئی</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::AuditLog</name>
    <message>
        <location filename="../models/audit/auditlog.cpp" line="+116"/>
        <source>Audit entry %1 is missing or out of order.</source>
        <translation>آڈٹ اندراج %1 غائب ہے یا اپنی ترتیب سے ہٹا ہوا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entry %1 does not follow entry %2: an entry was removed, inserted or moved.</source>
        <translation>آڈٹ اندراج %1، اندراج %2 کے بعد نہیں آتا: کوئی اندراج حذف، داخل یا منتقل کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit entry %1 has been altered.</source>
        <translation>آڈٹ اندراج %1 میں رد و بدل کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log ends at entry %1 but its recorded head is entry %2: entries were removed.</source>
        <translation>آڈٹ لاگ اندراج %1 پر ختم ہوتا ہے لیکن اس کا محفوظ شدہ آخری اندراج %2 ہے: اندراجات حذف کیے گئے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Cnic</name>
    <message>
        <location filename="../models/domain/cnic.cpp" line="+17"/>
        <source>CNIC: %1</source>
        <translation>شناختی کارڈ نمبر: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>may contain only digits and dashes</source>
        <translation>صرف ہندسوں اور ڈیش (-) پر مشتمل ہو سکتا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must have 13 digits, not %1</source>
        <translation>13 ہندسوں پر مشتمل ہونا چاہیے، %1 پر نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dashes must be placed as #####-#######-#</source>
        <translation>ڈیش اس ترتیب سے ہونے چاہئیں: #####-#######-#</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::CrimeSceneCorrelator</name>
    <message>
        <location filename="../models/monitoring/crimescenecorrelator.cpp" line="+88"/>
        <source>The radius must be more than 0 m and at most %1 km.</source>
        <translation>نصف قطر 0 m سے زیادہ اور زیادہ سے زیادہ %1 km ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time window must end after it starts.</source>
        <translation>دورانیے کا اختتام اس کے آغاز کے بعد ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time window can be at most 31 days long.</source>
        <translation>دورانیہ زیادہ سے زیادہ 31 دن کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The place of the scene is not a valid position.</source>
        <translation>جائے وقوعہ کا مقام درست جغرافیائی محلِ وقوع نہیں۔</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could have been present</source>
        <translation>ممکنہ طور پر موجود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>excluded</source>
        <translation>خارج از امکان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a position fix inside the scene during the time window</source>
        <translation>دورانیے میں جائے وقوعہ کے اندر مقام کی ریڈنگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a position fix whose accuracy circle reaches the scene</source>
        <translation>مقام کی ایسی ریڈنگ جس کی درستی کا دائرہ جائے وقوعہ تک پہنچتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the track between two position fixes passes through the scene</source>
        <translation>مقام کی دو ریڈنگز کے درمیان کا راستہ جائے وقوعہ سے گزرتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signal gap long enough to get to the scene and back</source>
        <translation>سگنل میں اتنا طویل وقفہ کہ جائے وقوعہ تک جا کر واپس آیا جا سکے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no position fixes for part of the time window</source>
        <translation>دورانیے کے کچھ حصے میں مقام کی کوئی ریڈنگ نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position fixes throughout the time window too far from the scene</source>
        <translation>پورے دورانیے میں مقام کی ریڈنگز جائے وقوعہ سے بہت دور</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::CsvFixParser</name>
    <message>
        <location filename="../models/monitoring/csvfixparser.cpp" line="+181"/>
        <source>the file contains binary data, not text</source>
        <translation>فائل میں متن کے بجائے بائنری ڈیٹا ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty; the first row must name the columns</source>
        <translation>فائل خالی ہے؛ پہلی قطار میں کالموں کے نام ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>a quote is not closed or is followed by text</source>
        <translation>کوئی واوین (&quot;) بند نہیں کیا گیا یا اس کے بعد متن موجود ہے</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>کالم &quot;%1&quot; دو بار درج ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first row must name the columns fix_time, lat and lon (see the import help)</source>
        <translation>پہلی قطار میں کالموں fix_time، lat اور lon کے نام ہونے چاہئیں (درآمد کی مدد دیکھیں)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row has %1 fields, fewer than the header names (truncated line?)</source>
        <translation>قطار میں %1 فیلڈز ہیں، جو سرخی کے ناموں سے کم ہیں (کیا سطر ادھوری ہے؟)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fix_time &quot;%1&quot; is not an ISO 8601 time with a zone (…Z or +05:00)</source>
        <translation>fix_time &quot;%1&quot; منطقۂ وقت کے ساتھ ISO 8601 وقت نہیں (…Z یا +05:00)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lat &quot;%1&quot; is not a latitude (−90…90)</source>
        <translation>lat &quot;%1&quot; عرض بلد نہیں (−90…90)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lon &quot;%1&quot; is not a longitude (−180…180)</source>
        <translation>lon &quot;%1&quot; طول بلد نہیں (−180…180)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ISO 8601 time with a zone</source>
        <translation>&quot;%1&quot; منطقۂ وقت کے ساتھ ISO 8601 وقت نہیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>accuracy &quot;%1&quot; is not a number of metres</source>
        <translation>accuracy &quot;%1&quot; میٹر میں عدد نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hdop &quot;%1&quot; is not a number</source>
        <translation>hdop &quot;%1&quot; عدد نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speed &quot;%1&quot; is not a number of metres per second</source>
        <translation>speed &quot;%1&quot; میٹر فی سیکنڈ میں عدد نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speed_kmh &quot;%1&quot; is not a number</source>
        <translation>speed_kmh &quot;%1&quot; عدد نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source &quot;%1&quot; is not gps, cell or wifi</source>
        <translation>source &quot;%1&quot; ان میں سے نہیں: gps، cell یا wifi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>battery &quot;%1&quot; is not a percentage (0–100)</source>
        <translation>battery &quot;%1&quot; فیصد نہیں (0–100)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>strap &quot;%1&quot; is not closed, open or unknown</source>
        <translation>strap &quot;%1&quot; ان میں سے نہیں: closed، open یا unknown</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Database</name>
    <message>
        <location filename="../models/store/database.cpp" line="+47"/>
        <source>The database cannot be read: the key is wrong or the file is not a Nigran database.</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکتا: کلید غلط ہے یا یہ فائل نگران کا ڈیٹا بیس نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+177"/>
        <source>The database file is damaged or has been tampered with.</source>
        <translation>ڈیٹا بیس کی فائل خراب ہے یا اس میں چھیڑ چھاڑ کی گئی ہے۔</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>The database file could not be read or written (%1).</source>
        <translation>ڈیٹا بیس کی فائل پڑھی یا لکھی نہیں جا سکی (%1)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change breaks a rule of the database (%1).</source>
        <translation>یہ تبدیلی ڈیٹا بیس کے ایک قاعدے کی خلاف ورزی ہے (%1)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database error: %1</source>
        <translation>ڈیٹا بیس کی خرابی: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+167"/>
        <source>The database key must be %1 bytes.</source>
        <translation>ڈیٹا بیس کی کلید %1 بائٹ کی ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The database file %1 does not exist.</source>
        <translation>ڈیٹا بیس کی فائل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file %1 could not be created.</source>
        <translation>ڈیٹا بیس کی فائل %1 بنائی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::DistrictList</name>
    <message>
        <location filename="../models/domain/districtlist.cpp" line="+23"/>
        <source>Punjab</source>
        <translation>پنجاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sindh</source>
        <translation>سندھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khyber Pakhtunkhwa</source>
        <translation>خیبر پختونخوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balochistan</source>
        <translation>بلوچستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Islamabad Capital Territory</source>
        <translation>وفاقی دارالحکومت اسلام آباد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilgit-Baltistan</source>
        <translation>گلگت بلتستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azad Jammu and Kashmir</source>
        <translation>آزاد جموں و کشمیر</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be one of %1</source>
        <translation>ان میں سے ایک ہونا چاہیے: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must start with “%1-”</source>
        <translation>“%1-” سے شروع ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” appears twice</source>
        <translation>“%1” دو بار درج ہے</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Error</name>
    <message>
        <location filename="../models/core/result.cpp" line="+13"/>
        <source>Please correct the following:
%1</source>
        <translation>براہِ کرم درج ذیل کی درستی کریں:
%1</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::FixCodec</name>
    <message>
        <location filename="../models/monitoring/fixcodec.cpp" line="+160"/>
        <source>Fix block, byte %1: cut off (%2)</source>
        <translation>ریڈنگز کا بلاک، بائٹ %1: ادھورا (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix block, fix %1 (byte %2): cut off (%3)</source>
        <translation>ریڈنگز کا بلاک، ریڈنگ %1 (بائٹ %2): ادھورا (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix block, byte %1: %2</source>
        <translation>ریڈنگز کا بلاک، بائٹ %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix block, fix %1 (byte %2): %3</source>
        <translation>ریڈنگز کا بلاک، ریڈنگ %1 (بائٹ %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix block: empty</source>
        <translation>ریڈنگز کا بلاک: خالی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format version %1</source>
        <translation>فارمیٹ کا نامعلوم ورژن %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fix count</source>
        <translation>ریڈنگز کی تعداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fixes cannot fit in %2 bytes</source>
        <translation>%1 ریڈنگز %2 بائٹس میں نہیں سما سکتیں</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>flags and battery</source>
        <translation>فلیگز اور بیٹری</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown source or strap state</source>
        <translation>نامعلوم ماخذ یا پٹے کی نامعلوم حالت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>battery above 100 %</source>
        <translation>بیٹری 100 % سے زیادہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad fix time</source>
        <translation>ریڈنگ کا غلط وقت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position out of range</source>
        <translation>مقام حد سے باہر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad device time</source>
        <translation>آلے کا غلط وقت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad received time</source>
        <translation>وصولی کا غلط وقت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad accuracy</source>
        <translation>درستی کی غلط قدر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad speed</source>
        <translation>رفتار کی غلط قدر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bytes after the last fix</source>
        <translation>آخری ریڈنگ کے بعد زائد بائٹس</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::FixImport</name>
    <message>
        <location filename="../models/monitoring/fiximport.cpp" line="+45"/>
        <source>%1: unknown file format</source>
        <translation>%1: فائل کا نامعلوم فارمیٹ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 کھولی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large (%2 MB); split it into files under %3 MB</source>
        <translation>%1 بہت بڑی ہے (%2 MB)؛ اسے %3 MB سے چھوٹی فائلوں میں تقسیم کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 پڑھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an NMEA, GPX or CSV file of fixes</source>
        <translation>%1 مقام کی ریڈنگز کی NMEA، GPX یا CSV فائل نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3</source>
        <translation>%1، سطر %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fix time %1 is earlier than the fix before it (%2); fixes must be in time order</source>
        <translation>ریڈنگ کا وقت %1 اپنے سے پہلی ریڈنگ (%2) سے پہلے کا ہے؛ ریڈنگز وقت کی ترتیب سے ہونی چاہئیں</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::FixStore</name>
    <message>
        <location filename="../models/monitoring/fixstore.cpp" line="+64"/>
        <source>Fix %1 of %2 has no device, no valid time or a position out of range; nothing was stored.</source>
        <translation>%2 میں سے ریڈنگ %1 میں آلہ یا درست وقت موجود نہیں، یا مقام حد سے باہر ہے؛ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+90"/>
        <location line="+115"/>
        <source>Stored fix block %1 is damaged: %2</source>
        <translation>ریڈنگز کا محفوظ شدہ بلاک %1 خراب ہے: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no fix block %1.</source>
        <translation>ریڈنگز کا بلاک %1 موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::GpxParser</name>
    <message>
        <location filename="../models/monitoring/gpxparser.cpp" line="+42"/>
        <source>the file declares a DTD, which a GPX file does not have</source>
        <translation>فائل میں DTD کا اعلان ہے، جو GPX فائل میں نہیں ہوتا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the root element is &lt;%1&gt;, not &lt;gpx&gt;</source>
        <translation>بنیادی عنصر &lt;%1&gt; ہے، &lt;gpx&gt; نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &lt;trkpt&gt; inside another &lt;trkpt&gt;</source>
        <translation>ایک &lt;trkpt&gt; دوسرے &lt;trkpt&gt; کے اندر ہے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the trkpt has no valid lat attribute (−90…90)</source>
        <translation>trkpt میں درست lat وصف نہیں (−90…90)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the trkpt has no valid lon attribute (−180…180)</source>
        <translation>trkpt میں درست lon وصف نہیں (−180…180)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the time &quot;%1&quot; is not an ISO 8601 time with a zone (…Z)</source>
        <translation>وقت &quot;%1&quot; منطقۂ وقت کے ساتھ ISO 8601 وقت نہیں (…Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the elevation is not a number</source>
        <translation>بلندی عدد نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the HDOP is not a positive number</source>
        <translation>HDOP مثبت عدد نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the accuracy is not a number of metres</source>
        <translation>درستی میٹر میں عدد نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the speed is not a number of metres per second</source>
        <translation>رفتار میٹر فی سیکنڈ میں عدد نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the battery level is not a percentage</source>
        <translation>بیٹری کی سطح فیصد نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the strap state is not closed, open or unknown</source>
        <translation>پٹے کی حالت ان میں سے نہیں: closed، open یا unknown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the source is not gps, cell or wifi</source>
        <translation>ماخذ ان میں سے نہیں: gps، cell یا wifi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the trkpt has no &lt;time&gt;</source>
        <translation>trkpt میں &lt;time&gt; نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the XML is not well formed: %1</source>
        <translation>XML درست ساخت کا نہیں: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no &lt;gpx&gt; element</source>
        <translation>فائل میں &lt;gpx&gt; عنصر نہیں</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::KeyFile</name>
    <message>
        <location filename="../models/security/keyfile.cpp" line="+42"/>
        <source>the field %1 must be text</source>
        <translation>فیلڈ %1 میں متن ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field %1 must be an object</source>
        <translation>فیلڈ %1 میں آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field %1 must be a list</source>
        <translation>فیلڈ %1 میں فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field %1 must be a number</source>
        <translation>فیلڈ %1 میں عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the field %1 is empty</source>
        <translation>فیلڈ %1 خالی ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field %1 must be a whole number from %2 to %3</source>
        <translation>فیلڈ %1 میں %2 سے %3 تک کا کوئی مکمل عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the field %1 must be %2 bytes in base64</source>
        <translation>فیلڈ %1 میں base64 کی صورت میں %2 بائٹ ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the field %1 must be a time in ISO 8601 or null</source>
        <translation>فیلڈ %1 میں ISO 8601 کے مطابق وقت یا null ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the field %1 is missing</source>
        <translation>فیلڈ %1 موجود نہیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no user with this login name.</source>
        <translation>اس لاگ اِن نام کا کوئی صارف موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key file %1 does not exist.</source>
        <translation>کلید کی فائل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file %1 could not be read: %2</source>
        <translation>کلید کی فائل %1 پڑھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file %1 is damaged or is not a Nigran key file: %2.</source>
        <translation>کلید کی فائل %1 خراب ہے یا نگران کی کلید کی فائل نہیں: %2۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than %1 bytes</source>
        <translation>اس کا حجم %1 بائٹ سے زیادہ ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>یہ درست JSON نہیں (بائٹ %2 پر %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a JSON object</source>
        <translation>یہ JSON آبجیکٹ نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>the field %1 is not &quot;%2&quot;</source>
        <translation>فیلڈ %1 کی قدر &quot;%2&quot; نہیں</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The key file %1 was written by a newer version of Nigran (format %2; this version reads format %3).</source>
        <translation>کلید کی فائل %1 نگران کے نئے ورژن نے لکھی ہے (فارمیٹ %2؛ یہ ورژن فارمیٹ %3 پڑھتا ہے)۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the cost in %1 is out of range</source>
        <translation>%1 میں لاگت (cost) کی قدر حد سے باہر ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 repeats the login name of an earlier entry</source>
        <translation>%1 میں کسی سابقہ اندراج کا لاگ اِن نام دہرایا گیا ہے</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key file %1 could not be written: %2</source>
        <translation>کلید کی فائل %1 لکھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database key must be %1 bytes.</source>
        <translation>ڈیٹا بیس کی کلید %1 بائٹ کی ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a login name.</source>
        <translation>لاگ اِن نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login name is already taken.</source>
        <translation>یہ لاگ اِن نام پہلے سے استعمال میں ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The login name or the password is wrong.</source>
        <translation>لاگ اِن نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The last user cannot be removed: nobody could open the database any more.</source>
        <translation>آخری صارف کو ہٹایا نہیں جا سکتا: اس کے بعد کوئی بھی ڈیٹا بیس نہیں کھول سکے گا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>پاس ورڈ میں کم از کم %n حرف ہونا چاہیے۔</numerusform>
            <numerusform>پاس ورڈ میں کم از کم %n حروف ہونے چاہئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nigran::Models::KeyWrapper</name>
    <message>
        <location filename="../models/security/keywrapper.cpp" line="+52"/>
        <source>The password hashing cost is out of range.</source>
        <translation>پاس ورڈ کی ہیشنگ کی لاگت (cost) حد سے باہر ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password could not be hashed (%1).</source>
        <translation>پاس ورڈ کی ہیشنگ نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The key could not be encrypted (%1).</source>
        <translation>کلید کی خفیہ کاری نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password is wrong or the wrapped key has been altered.</source>
        <translation>پاس ورڈ غلط ہے یا محفوظ شدہ کلید میں رد و بدل کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key could not be decrypted (%1).</source>
        <translation>کلید کی رمز کشائی نہیں ہو سکی (%1)۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::LoginThrottle</name>
    <message numerus="yes">
        <location filename="../models/security/loginthrottle.cpp" line="+34"/>
        <source>Too many wrong passwords. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>بہت زیادہ مرتبہ غلط پاس ورڈ درج کیا گیا۔ دوبارہ کوشش کرنے سے پہلے براہِ کرم %n سیکنڈ انتظار کریں۔</numerusform>
            <numerusform>بہت زیادہ مرتبہ غلط پاس ورڈ درج کیا گیا۔ دوبارہ کوشش کرنے سے پہلے براہِ کرم %n سیکنڈ انتظار کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Migrator</name>
    <message>
        <location filename="../models/store/migrator.cpp" line="+44"/>
        <source>This database was written by a newer version of Nigran (schema %1; this program knows %2). Please update Nigran.</source>
        <translation>یہ ڈیٹا بیس نگران کے نئے ورژن نے لکھا ہے (اسکیما %1؛ یہ پروگرام اسکیما %2 تک جانتا ہے)۔ براہِ کرم نگران کو اپ ڈیٹ کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::MonitoringCodec</name>
    <message>
        <location filename="../models/monitoring/monitoringrecords.cpp" line="+58"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an integer from %1 to %2</source>
        <translation>%1 سے %2 تک کا کوئی مکمل عدد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+46"/>
        <location line="+5"/>
        <location line="+46"/>
        <source>must be %1</source>
        <translation>%1 ہونا چاہیے</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>a time (ms)</source>
        <translation>وقت (ms)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a map</source>
        <translation>میپ (map)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a map</source>
        <translation>میپ (map) ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not have more than %1 items</source>
        <translation>اس میں %1 سے زیادہ اشیا نہیں ہونی چاہئیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a number from %1 to %2</source>
        <translation>%1 سے %2 تک کا کوئی عدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>is missing</source>
        <translation>موجود نہیں</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: not valid CBOR at byte %2</source>
        <translation>%1: بائٹ %2 پر درست CBOR نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the top level must be a map</source>
        <translation>%1: بالائی سطح پر میپ (map) ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a zone needs exactly one of circle and polygon</source>
        <translation>زون میں دائرہ یا کثیر الاضلاع میں سے صرف ایک ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a list of latitude and longitude</source>
        <translation>عرض بلد اور طول بلد کی فہرست ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Zone record</source>
        <translation>زون کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alert record</source>
        <translation>انتباہ کا ریکارڈ</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::MonitoringNames</name>
    <message>
        <location line="+49"/>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>وصولی تسلیم شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted</source>
        <translation>رابطہ کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>اعلیٰ سطح پر بھیجا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed violation</source>
        <translation>خلاف ورزی کی تصدیق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False positive</source>
        <translation>غلط انتباہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised or explained</source>
        <translation>مجاز یا وضاحت شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred to police</source>
        <translation>پولیس کے حوالے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>انتہائی سنگین</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusion zone entered</source>
        <translation>ممنوعہ زون میں داخلہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inclusion zone left</source>
        <translation>لازمی زون سے باہر جانا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curfew breach</source>
        <translation>کرفیو کی خلاف ورزی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strap tamper</source>
        <translation>پٹے سے چھیڑ چھاڑ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low battery</source>
        <translation>بیٹری کم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal lost while moving</source>
        <translation>حرکت کے دوران سگنل منقطع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device offline</source>
        <translation>آلہ آف لائن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exclusion zone</source>
        <translation>ممنوعہ زون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inclusion zone</source>
        <translation>لازمی زون</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::MonitoringService</name>
    <message>
        <location filename="../models/services/monitoringservice.cpp" line="+36"/>
        <source>A stored monitoring order could not be read.</source>
        <translation>نگرانی کا ایک محفوظ شدہ حکم پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Label: please name the zone (&quot;school&quot;)</source>
        <translation>عنوان: براہِ کرم زون کا نام درج کریں (مثلاً &quot;اسکول&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label: at most %1 characters, not %2</source>
        <translation>عنوان: زیادہ سے زیادہ %1 حروف، %2 نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buffer: from 0 to %1 m, not %2 m</source>
        <translation>حفاظتی حاشیہ: 0 سے %1 m تک، %2 m نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grace period: from 0 to %1 s, not %2 s</source>
        <translation>رعایتی مدت: 0 سے %1 سیکنڈ تک، %2 سیکنڈ نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Radius: from %1 m to %2 km, not %3 m</source>
        <translation>نصف قطر: %1 m سے %2 km تک، %3 m نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Area: from %1 to %2 corners, not %3</source>
        <translation>علاقہ: %1 سے %2 تک کونے، %3 نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shape: draw a circle or an area</source>
        <translation>شکل: دائرہ یا علاقہ بنائیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule, window %1: choose at least one day and times from 00:00 to 24:00</source>
        <translation>نظام الاوقات، وقفہ %1: کم از کم ایک دن اور 00:00 سے 24:00 کے درمیان اوقات منتخب کریں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no such monitoring order (%1).</source>
        <translation>نگرانی کا ایسا کوئی حکم موجود نہیں (%1)۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The monitoring order %1 has no person on the register.</source>
        <translation>نگرانی کے حکم %1 سے متعلق کوئی شخص رجسٹر میں درج نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is sealed after acquittal and cannot be changed.</source>
        <translation>یہ اندراج بریت کے بعد سربمہر کیا جا چکا ہے اور اس میں تبدیلی نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is sealed after acquittal.</source>
        <translation>یہ اندراج بریت کے بعد سربمہر کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Reason: a change to a zone needs a reason.</source>
        <translation>وجہ: زون میں تبدیلی کے لیے وجہ بیان کرنا لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reason: please say why the zone no longer applies.</source>
        <translation>وجہ: براہِ کرم بتائیں کہ یہ زون اب کیوں لاگو نہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The order has no zone %1.</source>
        <translation>اس حکم میں زون %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zone %1 is already retired.</source>
        <translation>زون %1 پہلے ہی غیر مؤثر کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+46"/>
        <source>There is no such alert (%1).</source>
        <translation>ایسا کوئی انتباہ موجود نہیں (%1)۔</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Alert %1: it cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>انتباہ %1: اسے &quot;%2&quot; سے &quot;%3&quot; میں تبدیل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome: please say how the alert ended.</source>
        <translation>نتیجہ: براہِ کرم بتائیں کہ انتباہ کا اختتام کیسے ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: only a closed alert has an outcome.</source>
        <translation>نتیجہ: صرف بند انتباہ کا نتیجہ ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: please say why the alert is %1.</source>
        <translation>نوٹ: براہِ کرم بتائیں کہ انتباہ کی حیثیت &quot;%1&quot; کیوں کی گئی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Note: at most %1 characters, not %2</source>
        <translation>نوٹ: زیادہ سے زیادہ %1 حروف، %2 نہیں</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Note: please write the note.</source>
        <translation>نوٹ: براہِ کرم نوٹ تحریر کریں۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device: the monitoring order %1 has no device fitted yet.</source>
        <translation>آلہ: نگرانی کے حکم %1 کے تحت ابھی کوئی آلہ نہیں لگایا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device: the fixes are of device %1, but the order&apos;s device is %2.</source>
        <translation>آلہ: ریڈنگز آلہ %1 کی ہیں، لیکن حکم میں درج آلہ %2 ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix time: every fix needs a time.</source>
        <translation>ریڈنگ کا وقت: ہر ریڈنگ کا وقت درج ہونا لازمی ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::NmeaParser</name>
    <message>
        <location filename="../models/monitoring/nmeaparser.cpp" line="+162"/>
        <source>the line is %1 characters long; an NMEA sentence has at most 82</source>
        <translation>سطر %1 حروف طویل ہے؛ NMEA جملہ زیادہ سے زیادہ 82 حروف کا ہوتا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line contains binary data, not an NMEA sentence</source>
        <translation>سطر میں NMEA جملے کے بجائے بائنری ڈیٹا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line does not start with &apos;$&apos;, so it is not an NMEA sentence</source>
        <translation>سطر &apos;$&apos; سے شروع نہیں ہوتی، اس لیے یہ NMEA جملہ نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sentence has no *hh checksum at its end (truncated line?)</source>
        <translation>جملے کے آخر میں *hh چیک سم نہیں (کیا سطر ادھوری ہے؟)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the checksum is not two hexadecimal digits</source>
        <translation>چیک سم دو ہیکسا ڈیسیمل ہندسوں پر مشتمل نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the checksum is %1 but the sentence adds up to %2 (damaged line)</source>
        <translation>چیک سم %1 ہے لیکن جملے کا حاصلِ جمع %2 ہے (خراب سطر)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an NMEA sentence name</source>
        <translation>&quot;%1&quot; کسی NMEA جملے کا نام نہیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the latitude &quot;%1,%2&quot; is not a valid ddmm.mmmm,N/S value</source>
        <translation>عرض بلد &quot;%1,%2&quot; درست ddmm.mmmm,N/S قدر نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the longitude &quot;%1,%2&quot; is not a valid dddmm.mmmm,E/W value</source>
        <translation>طول بلد &quot;%1,%2&quot; درست dddmm.mmmm,E/W قدر نہیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an RMC sentence needs at least 9 fields; this one has %1</source>
        <translation>RMC جملے میں کم از کم 9 فیلڈز ہونی چاہئیں؛ اس میں %1 ہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the RMC status must be A or V</source>
        <translation>RMC کی حیثیت A یا V ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>the time &quot;%1&quot; is not hhmmss.ss</source>
        <translation>وقت &quot;%1&quot; hhmmss.ss کی صورت میں نہیں</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the date &quot;%1&quot; is not a valid ddmmyy date</source>
        <translation>تاریخ &quot;%1&quot; درست ddmmyy تاریخ نہیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a valid RMC fix must have a time and a date</source>
        <translation>درست RMC ریڈنگ میں وقت اور تاریخ دونوں ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speed &quot;%1&quot; is not a number of knots</source>
        <translation>رفتار &quot;%1&quot; ناٹ میں عدد نہیں</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a GGA sentence needs at least 9 fields; this one has %1</source>
        <translation>GGA جملے میں کم از کم 9 فیلڈز ہونی چاہئیں؛ اس میں %1 ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the GGA fix quality &quot;%1&quot; is not 0–8</source>
        <translation>GGA ریڈنگ کا معیار &quot;%1&quot; 0–8 کے درمیان نہیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the HDOP &quot;%1&quot; is not a positive number</source>
        <translation>HDOP &quot;%1&quot; مثبت عدد نہیں</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>GGA sentences carry no date and the file has no valid RMC sentence to take it from</source>
        <translation>GGA جملوں میں تاریخ نہیں ہوتی اور فائل میں کوئی درست RMC جملہ نہیں جس سے تاریخ لی جا سکے</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::OffenceCatalogue</name>
    <message>
        <location filename="../models/domain/offencecatalogue.cpp" line="+40"/>
        <source>must be later than the previous edition&apos;s</source>
        <translation>پچھلے ایڈیشن کی تاریخ کے بعد کی ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be “%1”</source>
        <translation>“%1” ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” appears twice in this edition</source>
        <translation>“%1” اس ایڈیشن میں دو بار درج ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be less than minYears</source>
        <translation>minYears سے کم نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be before effectiveFrom</source>
        <translation>effectiveFrom سے پہلے کی تاریخ نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must hold at least one edition</source>
        <translation>اس میں کم از کم ایک ایڈیشن ہونا چاہیے</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Office</name>
    <message>
        <location filename="../models/services/office.cpp" line="+35"/>
        <source>District: choose a district from the list.</source>
        <translation>ضلع: فہرست میں سے ضلع منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office name: please enter a name.</source>
        <translation>دفتر کا نام: براہِ کرم نام درج کریں۔</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Login: 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>لاگ اِن: 3 سے 32 تک چھوٹے انگریزی حروف، ہندسے، &apos;.&apos;، &apos;_&apos; یا &apos;-&apos;، اور آغاز کسی حرف سے ہو۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Administrator&apos;s name: please enter a name.</source>
        <translation>منتظم کا نام: براہِ کرم نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An office already exists in %1.</source>
        <translation>%1 میں پہلے سے ایک دفتر موجود ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 could not be created.</source>
        <translation>فولڈر %1 بنایا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This account is disabled. Ask the office administrator.</source>
        <translation>یہ اکاؤنٹ غیر فعال ہے۔ منتظمِ دفتر سے رابطہ کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n wrong password(s) before this login</source>
        <translation>
            <numerusform>اس لاگ اِن سے پہلے %n بار غلط پاس ورڈ</numerusform>
            <numerusform>اس لاگ اِن سے پہلے %n بار غلط پاس ورڈ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The key file belongs to another office than the database.</source>
        <translation>کلید کی فائل ڈیٹا بیس والے دفتر کی نہیں بلکہ کسی دوسرے دفتر کی ہے۔</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+110"/>
        <source>There is no user with that login.</source>
        <translation>اس لاگ اِن کا کوئی صارف موجود نہیں۔</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Name: please enter the user&apos;s name.</source>
        <translation>نام: براہِ کرم صارف کا نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login: this login is already taken.</source>
        <translation>لاگ اِن: یہ لاگ اِن پہلے سے استعمال میں ہے۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::PersonListModel</name>
    <message>
        <location filename="../models/itemmodels/personlistmodel.cpp" line="+55"/>
        <source>%1 (sealed)</source>
        <translation>%1 (سربمہر)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected release</source>
        <translation>متوقع رہائی</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::RecordCodec</name>
    <message>
        <location filename="../models/domain/recordcodec.cpp" line="+59"/>
        <source>%1 record</source>
        <translation>%1 ریکارڈ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is missing</source>
        <translation>موجود نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>must be %1</source>
        <translation>%1 ہونا چاہیے</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+5"/>
        <location line="+48"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an integer from %1 to %2</source>
        <translation>%1 سے %2 تک کا کوئی مکمل عدد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a date (YYYY-MM-DD)</source>
        <translation>تاریخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bytes</source>
        <translation>بائٹس</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/domain/recordcodec.h" line="+96"/>
        <source>a list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a map</source>
        <translation>میپ (map)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+357"/>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: حرف نمبر %2 پر درست JSON نہیں: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: بالائی سطح پر JSON آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../models/domain/recordcodec.h" line="+4"/>
        <source>must be a map</source>
        <translation>میپ (map) ہونا چاہیے</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::RecordValidator</name>
    <message>
        <location filename="../models/domain/recordvalidator.cpp" line="+63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required</source>
        <translation>لازمی ہے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a UUID in lower case without braces</source>
        <translation>چھوٹے حروف میں اور قوسین { } کے بغیر UUID ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be before %1</source>
        <translation>تاریخ %1 سے پہلے کی نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must not be in the future</source>
        <translation>تاریخ مستقبل کی نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be before %1 (%2)</source>
        <translation>تاریخ %1 (%2) سے پہلے کی نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not in the district list</source>
        <translation>“%1” اضلاع کی فہرست میں شامل نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be written in Latin letters</source>
        <translation>انگریزی (لاطینی) حروف میں لکھا جانا چاہیے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be written in Urdu (Arabic-script) letters</source>
        <translation>اردو (عربی رسم الخط) حروف میں لکھا جانا چاہیے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was not in force on %2</source>
        <translation>“%1” مورخہ %2 کو نافذ العمل نہیں تھا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not in the offence catalogue</source>
        <translation>“%1” جرائم کی فہرست میں شامل نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CNIC or a passport is required</source>
        <translation>شناختی کارڈ نمبر یا پاسپورٹ میں سے ایک لازمی ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be stored as 13 digits without dashes</source>
        <translation>ڈیش کے بغیر 13 ہندسوں کی صورت میں محفوظ ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 5 to 20 capital letters and digits</source>
        <translation>5 سے 20 تک بڑے انگریزی حروف اور ہندسوں پر مشتمل ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a three-letter country code, as in the passport (“AFG”)</source>
        <translation>پاسپورٹ کی طرح تین حرفی ملکی کوڈ ہونا چاہیے (“AFG”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address %1</source>
        <translation>پتا %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address %1, district</source>
        <translation>پتا %1، ضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address %1, valid from</source>
        <translation>پتا %1، مؤثر از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address %1, valid to</source>
        <translation>پتا %1، مؤثر تا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be after “valid to” (%1)</source>
        <translation>تاریخ “مؤثر تا” (%1) کے بعد کی نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+43"/>
        <location line="+29"/>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>Record id</source>
        <translation>ریکارڈ کی شناخت</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Owning district</source>
        <translation>ریکارڈ کا مالک ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>نام (انگریزی حروف میں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parentage name (Latin)</source>
        <translation>ولدیت (انگریزی حروف میں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parentage name (Urdu)</source>
        <translation>ولدیت (اردو)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias %1</source>
        <translation>عرفیت %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person must be at least %1 years old</source>
        <translation>شخص کی عمر کم از کم %1 سال ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a JPEG or PNG image</source>
        <translation>JPEG یا PNG تصویر ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be larger than %1 MB</source>
        <translation>حجم %1 MB سے زیادہ نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1</source>
        <translation>فون %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 7 to 15 digits, optionally after “+”, with no spaces</source>
        <translation>7 سے 15 ہندسوں پر مشتمل ہونا چاہیے، شروع میں “+” ہو سکتا ہے، درمیان میں خالی جگہ نہ ہو</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District of residence</source>
        <translation>ضلعِ رہائش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the Special Court must be named</source>
        <translation>خصوصی عدالت کا نام درج کرنا لازمی ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status %1, date</source>
        <translation>حیثیت %1، تاریخ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offence</source>
        <translation>جرم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Convicted person</source>
        <translation>سزا یافتہ شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgment date</source>
        <translation>تاریخِ فیصلہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section %1</source>
        <translation>دفعات، اندراج %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>حتمی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot be final while an appeal is pending</source>
        <translation>اپیل زیرِ سماعت ہو تو فیصلہ حتمی قرار نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prison or place</source>
        <translation>جیل یا مقام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start date</source>
        <translation>تاریخِ آغاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>تاریخِ اختتام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be empty for a lifetime order</source>
        <translation>تاحیات حکم میں یہ خانہ خالی رہنا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be after the start date (%1)</source>
        <translation>تاریخِ آغاز (%1) کے بعد کی ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting every (days)</source>
        <translation>حاضری کا وقفہ (دن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 0 (no reporting) to %1</source>
        <translation>0 (حاضری نہیں) سے %1 تک ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id</source>
        <translation>آلے (ڈیوائس) کی شناخت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is required while the order is active</source>
        <translation>حکم نافذ ہونے کے دوران لازمی ہے</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CNIC ends in an odd digit, which usually means a man, but the gender is recorded as female.</source>
        <translation>شناختی کارڈ نمبر کا آخری ہندسہ طاق ہے، جو عموماً مرد کی نشاندہی کرتا ہے، لیکن جنس مؤنث درج ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CNIC ends in an even digit, which usually means a woman, but the gender is recorded as male.</source>
        <translation>شناختی کارڈ نمبر کا آخری ہندسہ جفت ہے، جو عموماً عورت کی نشاندہی کرتا ہے، لیکن جنس مذکر درج ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CNIC&apos;s first digit points to %1, but the district of residence, %2, is in %3.</source>
        <translation>شناختی کارڈ نمبر کا پہلا ہندسہ %1 کی نشاندہی کرتا ہے، لیکن ضلعِ رہائش، %2، %3 میں ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::RegisterService</name>
    <message>
        <location filename="../models/services/registerservice.cpp" line="+32"/>
        <source>A stored record could not be read.</source>
        <translation>محفوظ شدہ ریکارڈ پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A stored workflow step could not be read.</source>
        <translation>اندراج کی کارروائی کا ایک محفوظ شدہ مرحلہ پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no such person on the register.</source>
        <translation>رجسٹر میں ایسا کوئی شخص موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>same CNIC</source>
        <translation>یکساں شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same passport number</source>
        <translation>یکساں پاسپورٹ نمبر</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>similar name and same date of birth</source>
        <translation>ملتا جلتا نام اور یکساں تاریخِ پیدائش</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n person(s) already on the register may be the same person. Review them before creating a new entry.</source>
        <translation>
            <numerusform>رجسٹر میں پہلے سے درج %n شخص ممکنہ طور پر یہی شخص ہو سکتا ہے۔ نیا اندراج بنانے سے پہلے اس کا جائزہ لیں۔</numerusform>
            <numerusform>رجسٹر میں پہلے سے درج %n افراد میں سے کوئی ممکنہ طور پر یہی شخص ہو سکتا ہے۔ نیا اندراج بنانے سے پہلے ان کا جائزہ لیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+136"/>
        <location line="+16"/>
        <location line="+14"/>
        <source>This entry is sealed after acquittal and cannot be changed.</source>
        <translation>یہ اندراج بریت کے بعد سربمہر کیا جا چکا ہے اور اس میں تبدیلی نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Reason: a change to a verified entry needs a reason.</source>
        <translation>وجہ: تصدیق شدہ اندراج میں تبدیلی کے لیے وجہ بیان کرنا لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Case: choose a case of this person.</source>
        <translation>مقدمہ: اس شخص کا کوئی مقدمہ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>acquitted on appeal</source>
        <translation>اپیل میں بری</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>End reason: please choose why the entry ends.</source>
        <translation>اختتام کی وجہ: براہِ کرم منتخب کریں کہ اندراج کیوں ختم ہو رہا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This entry is already sealed.</source>
        <translation>یہ اندراج پہلے ہی سربمہر ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: please give the appeal judgment that acquitted the person.</source>
        <translation>وجہ: براہِ کرم اپیل کے اس فیصلے کا حوالہ دیں جس کے تحت یہ شخص بری ہوا۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::RegisterWorkflow</name>
    <message>
        <location filename="../models/rules/registerworkflow.cpp" line="+80"/>
        <source>An entry that is %1 cannot become %2.</source>
        <translation>اندراج کی حیثیت “%1” سے “%2” میں تبدیل نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: please say why the entry becomes %1.</source>
        <translation>وجہ: براہِ کرم بتائیں کہ اندراج کی حیثیت “%1” کیوں کی جا رہی ہے۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned</source>
        <translation>واپس کردہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted to the centre</source>
        <translation>مرکز کو ارسال شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged by the centre</source>
        <translation>مرکز کی جانب سے وصولی تسلیم شدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in custody</source>
        <translation>زیرِ حراست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released and monitored</source>
        <translation>رہا شدہ، زیرِ نگرانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-compliant</source>
        <translation>عدم تعمیل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absconded</source>
        <translation>مفرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>ختم شدہ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>term expired</source>
        <translation>مدت پوری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquitted on appeal</source>
        <translation>اپیل میں بری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deceased</source>
        <translation>متوفی</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::RoleNames</name>
    <message>
        <location filename="../models/services/role.cpp" line="+58"/>
        <source>Prosecutor</source>
        <translation>پراسیکیوٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District supervisor (DPP)</source>
        <translation>ضلعی نگران (ڈی پی پی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office administrator</source>
        <translation>منتظمِ دفتر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre analyst</source>
        <translation>مرکزی تجزیہ کار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre auditor</source>
        <translation>مرکزی آڈیٹر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view a register record</source>
        <translation>رجسٹر کا ریکارڈ دیکھنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view a sealed record</source>
        <translation>سربمہر ریکارڈ دیکھنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a record</source>
        <translation>ریکارڈ بنانے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit a draft</source>
        <translation>مسودے میں ترمیم کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct a verified record</source>
        <translation>تصدیق شدہ ریکارڈ کی تصحیح کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify an entry</source>
        <translation>اندراج کی تصدیق کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return an entry with reasons</source>
        <translation>اندراج وجوہات کے ساتھ واپس کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submit an entry to the centre</source>
        <translation>اندراج مرکز کو ارسال کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledge an entry</source>
        <translation>اندراج کی وصولی تسلیم کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record custody</source>
        <translation>حراست کا اندراج کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record a release</source>
        <translation>رہائی کا اندراج کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage monitoring orders</source>
        <translation>نگرانی کے احکامات کا انتظام کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review tracks and alerts</source>
        <translation>راستوں اور انتباہات کا جائزہ لینے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triage an alert</source>
        <translation>انتباہ کی جانچ کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change compliance status</source>
        <translation>تعمیل کی حیثیت تبدیل کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end a register entry</source>
        <translation>رجسٹر کا اندراج ختم کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seal an entry after acquittal</source>
        <translation>بریت کے بعد اندراج سربمہر کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export a report</source>
        <translation>رپورٹ برآمد کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage users</source>
        <translation>صارفین کا انتظام کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset a password</source>
        <translation>پاس ورڈ از سرِ نو مقرر کرنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the audit log</source>
        <translation>آڈٹ لاگ دیکھنے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify the audit chain</source>
        <translation>آڈٹ زنجیر کی تصدیق کرنے</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Sentence</name>
    <message>
        <location filename="../models/domain/sentence.cpp" line="+40"/>
        <source>The field %1 does not hold %2.</source>
        <translation>فیلڈ %1 میں %2 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field %1 is missing.</source>
        <translation>فیلڈ %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a whole number of the allowed size</source>
        <translation>اجازت شدہ حد کے اندر کوئی مکمل عدد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>تاریخ (YYYY-MM-DD) یا null</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The field %1 has the unknown value &quot;%2&quot;.</source>
        <translation>فیلڈ %1 میں نامعلوم قدر &quot;%2&quot; ہے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a map</source>
        <translation>میپ (map)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The stored sentence record is damaged:
%1</source>
        <translation>سزا کا محفوظ شدہ ریکارڈ خراب ہے:
%1</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::SentenceCalculator</name>
    <message>
        <location filename="../models/rules/sentencecalculator.cpp" line="+88"/>
        <source>The start date of the sentence is missing.</source>
        <translation>سزا کے آغاز کی تاریخ درج نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sentence has no components.</source>
        <translation>سزا کا کوئی جزو درج نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component %1: each part of the term must be between 0 and %2 (field: %3).</source>
        <translation>جزو %1: مدت کا ہر حصہ 0 اور %2 کے درمیان ہونا چاہیے (فیلڈ: %3)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component %1: the term of imprisonment must be longer than zero.</source>
        <translation>جزو %1: قید کی مدت صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component %1: the fine cannot be negative.</source>
        <translation>جزو %1: جرمانہ منفی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component %1: each part of the imprisonment in default of the fine must be between 0 and %2 (field: %3).</source>
        <translation>جزو %1: عدم ادائیگیٔ جرمانہ کی صورت میں قید کا ہر حصہ 0 اور %2 کے درمیان ہونا چاہیے (فیلڈ: %3)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component %1: imprisonment in default needs a fine.</source>
        <translation>جزو %1: عدم ادائیگی کی صورت میں قید کے لیے جرمانہ ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credit for pre-trial custody (s.382-B CrPC) cannot be negative.</source>
        <translation>قبل از سزا حراست کی رعایت (دفعہ 382-ب ضابطہ فوجداری) منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remission %1: the date is missing.</source>
        <translation>معافی %1: تاریخ درج نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission %1: the days must be at least 1.</source>
        <translation>معافی %1: دنوں کی تعداد کم از کم 1 ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Component %1 has the same id as component %2.</source>
        <translation>جزو %1 کی شناخت (id) وہی ہے جو جزو %2 کی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component %1 is concurrent, so it cannot follow another component.</source>
        <translation>جزو %1 بیک وقت چلنے والا ہے، اس لیے یہ کسی دوسرے جزو کے بعد نہیں آ سکتا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component %1 follows &quot;%2&quot;, which is not a component of this sentence.</source>
        <translation>جزو %1 کو &quot;%2&quot; کے بعد رکھا گیا ہے، جو اس سزا کا جزو نہیں۔</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Component %1 cannot follow component %2: the consecutive chain %3 is a cycle.</source>
        <translation>جزو %1، جزو %2 کے بعد نہیں آ سکتا: یکے بعد دیگرے اجزا کی زنجیر %3 ایک دائرہ بن جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 y %2 m %3 d</source>
        <translation>%1 سال %2 ماہ %3 دن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>death</source>
        <translation>سزائے موت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>life</source>
        <translation>عمر قید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rigorous</source>
        <translation>قیدِ بامشقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simple</source>
        <translation>قیدِ محض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>section not recorded</source>
        <translation>دفعہ درج نہیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>concurrent</source>
        <translation>بیک وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consecutive to component %1</source>
        <translation>جزو %1 کے بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the sentence start</source>
        <translation>آغازِ سزا سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consecutive to the components before it</source>
        <translation>سابقہ اجزا کے بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 تا %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence starts on %1</source>
        <translation>سزا کا آغاز %1 سے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component %1 (death, %2): a death sentence has no release date</source>
        <translation>جزو %1 (سزائے موت، %2): سزائے موت میں رہائی کی کوئی تاریخ نہیں ہوتی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No expected release date while a death sentence stands</source>
        <translation>سزائے موت برقرار رہنے تک رہائی کی کوئی متوقع تاریخ نہیں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Component %1 (%2, %3, %4) %5</source>
        <translation>جزو %1 (%2، %3، %4) %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per PPC s.57</source>
        <translation>%1 بمطابق دفعہ 57 تعزیراتِ پاکستان</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Component %1: fine of Rs %2 paid, no imprisonment in default</source>
        <translation>جزو %1: %2 روپے جرمانہ ادا شدہ، عدم ادائیگی پر قید لاگو نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component %1: fine of Rs %2 unpaid, no imprisonment in default was ordered</source>
        <translation>جزو %1: %2 روپے جرمانہ غیر ادا شدہ، عدم ادائیگی پر قید کا حکم نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Component %1: fine of Rs %2 unpaid, imprisonment in default %3</source>
        <translation>جزو %1: %2 روپے جرمانہ غیر ادا شدہ، عدم ادائیگی پر قید %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The aggregate term is too long.</source>
        <translation>مجموعی مدت حد سے زیادہ طویل ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credit for pre-trial custody (%1 days) is more than the term (%2 days).</source>
        <translation>قبل از سزا حراست کی رعایت (%1 دن) سزا کی مدت (%2 دن) سے زیادہ ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Credit for pre-trial custody under s.382-B CrPC, %n day(s)</source>
        <translation>
            <numerusform>دفعہ 382-ب ضابطہ فوجداری کے تحت قبل از سزا حراست کی رعایت، %n دن</numerusform>
            <numerusform>دفعہ 382-ب ضابطہ فوجداری کے تحت قبل از سزا حراست کی رعایت، %n دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remission of %n day(s) granted on %1 by %2</source>
        <translation>
            <numerusform>%2 کی جانب سے مورخہ %1 کو عطا کردہ %n دن کی معافی</numerusform>
            <numerusform>%2 کی جانب سے مورخہ %1 کو عطا کردہ %n دن کی معافی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not applied, it excludes sex offences</source>
        <translation>%1: لاگو نہیں کی گئی، کیونکہ یہ جنسی جرائم پر لاگو نہیں ہوتی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remission %1 (%2 days) is more than the %3 days left of the term after the earlier deductions.</source>
        <translation>معافی %1 (%2 دن) سابقہ کٹوتیوں کے بعد مدت کے باقی %3 دنوں سے زیادہ ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected release: %1</source>
        <translation>متوقع رہائی: %1</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::SentenceLedger</name>
    <message>
        <location filename="../models/rules/sentenceledger.cpp" line="+19"/>
        <source>%1. %2</source>
        <translation>%1۔ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2 (%3 d)</source>
        <translation>%1۔ %2 (%3 دن)</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Transaction</name>
    <message>
        <location filename="../models/store/transaction.cpp" line="+72"/>
        <location line="+34"/>
        <source>The change was not saved: an earlier part of it failed, so all of it is being undone.</source>
        <translation>تبدیلی محفوظ نہیں ہوئی: اس کا ایک پچھلا حصہ ناکام رہا، اس لیے پوری تبدیلی واپس لی جا رہی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change was not saved: part of it failed, so all of it was undone.</source>
        <translation>تبدیلی محفوظ نہیں ہوئی: اس کا ایک حصہ ناکام رہا، اس لیے پوری تبدیلی واپس لے لی گئی۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::UpcomingReleasesModel</name>
    <message>
        <location filename="../models/itemmodels/upcomingreleasesmodel.cpp" line="+94"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected release</source>
        <translation>متوقع رہائی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>باقی دن</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The date to count the days left from is not valid.</source>
        <translation>جس تاریخ سے باقی دن شمار کیے جانے ہیں وہ درست نہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Models::Zone</name>
    <message>
        <location filename="../models/monitoring/zone.cpp" line="+15"/>
        <source>Zone %1: the buffer and grace period must not be negative</source>
        <translation>زون %1: حفاظتی حاشیہ اور رعایتی مدت منفی نہیں ہو سکتے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zone %1: the circle needs a centre and a radius</source>
        <translation>زون %1: دائرے کے لیے مرکزی نقطہ اور نصف قطر ضروری ہیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone %1: a polygon needs at least three corners</source>
        <translation>زون %1: کثیر الاضلاع کے کم از کم تین کونے ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zone %1: a corner is not a valid coordinate</source>
        <translation>زون %1: ایک کونا درست محدد نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zone %1: the polygon is too large</source>
        <translation>زون %1: کثیر الاضلاع بہت بڑا ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone %1: only circles and polygons are zones</source>
        <translation>زون %1: صرف دائرے اور کثیر الاضلاع ہی زون ہو سکتے ہیں</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreAlerts</name>
    <message>
        <location filename="../sync/centre/centrealerts.cpp" line="+33"/>
        <source>Zone row %1 of monitoring order %2 cannot be read: %3</source>
        <translation>نگرانی کے حکم %2 کی زون والی قطار %1 پڑھی نہیں جا سکتی: %3</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreColumnsCodec</name>
    <message>
        <location filename="../sync/centre/centrecolumnscodec.cpp" line="+63"/>
        <source>Column %1 of the row has a type the centre cannot store (%2).</source>
        <translation>قطار کے کالم %1 کی قسم ایسی ہے جسے مرکز محفوظ نہیں کر سکتا (%2)۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>The stored columns of a row are damaged and cannot be read.</source>
        <translation>ایک قطار کے محفوظ شدہ کالم خراب ہیں اور پڑھے نہیں جا سکتے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreCommand</name>
    <message>
        <location filename="../sync/server/centrecommand.cpp" line="+65"/>
        <source>Usage: nigran-centre COMMAND [OPTIONS]

  pki init --dir DIR --url https://HOST:PORT [--host NAME]... [--days N]
      Create the centre&apos;s certificate authority, its server certificate and an empty CRL.
  pki issue-office --dir DIR --office ID --district CODE --password-file FILE --out FILE.p12 [--days N]
      Issue an office&apos;s password-protected bundle (certificate, key, CA, centre URL).
  pki issue-vendor --dir DIR --vendor ID --password-file FILE --out FILE.p12 [--days N]
      Issue a tag vendor&apos;s bundle.
  pki revoke --dir DIR --serial SERIAL
      Revoke a certificate and rewrite the CRL (a running server picks it up).
  pki crl --dir DIR [--renew]
      Print the CRL (PEM); --renew writes a fresh one first.
  serve --dir DIR --listen HOST:PORT [--store sqlite:PATH | postgresql://...] [--threads N]
        [--max-request-mb N] [--timeout-s N]
      Serve the sync endpoints (office certificates) and tag-fix ingest, POST /v1/ingest (vendor
      certificates), over mutual TLS until SIGTERM or SIGINT.
  status --dir DIR [--store SPEC]
      Certificates, offices, last sync, pending conflicts and audit-chain verification.
  exchange --dir DIR --in FILE --out REPLY [--store SPEC]
      Answer an office&apos;s offline exchange file (USB) with a reply file for it to import.
  simulate-tags --url https://HOST:PORT --bundle VENDOR.p12 --password-file FILE
        (--devices ID..ID[,ID…] | --device-prefix P --count N) --rate FIXES_PER_S
        [--duration S] [--speedup K] [--seed N] [--city NAME] [--start ISO] [--end ISO] [--batch N]
      Synthetic offenders moving around Pakistani cities post their tags&apos; fixes to the centre
      as a tag vendor would; the simulated clock starts at --start (default now), runs K times
      faster than real time but never ahead of it.
  --version, --help

Exit codes: 0 done, 1 the command failed, 2 wrong usage.
</source>
        <translation>استعمال: nigran-centre COMMAND [OPTIONS]

  pki init --dir DIR --url https://HOST:PORT [--host NAME]... [--days N]
      مرکز کی سرٹیفکیٹ اتھارٹی، اس کا سرور سرٹیفکیٹ اور ایک خالی CRL بنائیں۔
  pki issue-office --dir DIR --office ID --district CODE --password-file FILE --out FILE.p12 [--days N]
      کسی دفتر کا پاس ورڈ سے محفوظ بنڈل جاری کریں (سرٹیفکیٹ، کلید، CA، مرکز کا URL)۔
  pki issue-vendor --dir DIR --vendor ID --password-file FILE --out FILE.p12 [--days N]
      ٹیگ فراہم کنندہ کا بنڈل جاری کریں۔
  pki revoke --dir DIR --serial SERIAL
      سرٹیفکیٹ منسوخ کریں اور CRL دوبارہ لکھیں (چلتا ہوا سرور اسے خود اختیار کر لیتا ہے)۔
  pki crl --dir DIR [--renew]
      CRL (PEM) دکھائیں؛ --renew پہلے نئی CRL لکھتا ہے۔
  serve --dir DIR --listen HOST:PORT [--store sqlite:PATH | postgresql://...] [--threads N]
        [--max-request-mb N] [--timeout-s N]
      باہمی TLS کے ذریعے، SIGTERM یا SIGINT ملنے تک، ہم آہنگی کے اینڈ پوائنٹس (دفتری سرٹیفکیٹ) اور ٹیگز کی
      ریڈنگز کی وصولی، POST /v1/ingest (فراہم کنندہ کے سرٹیفکیٹ) فراہم کریں۔
  status --dir DIR [--store SPEC]
      سرٹیفکیٹ، دفاتر، آخری ہم آہنگی، زیرِ التوا تنازعات اور آڈٹ زنجیر کی تصدیق۔
  exchange --dir DIR --in FILE --out REPLY [--store SPEC]
      کسی دفتر کی آف لائن تبادلے کی فائل (USB) کا جواب ایک جوابی فائل کی صورت میں دیں جسے دفتر درآمد کرے۔
  simulate-tags --url https://HOST:PORT --bundle VENDOR.p12 --password-file FILE
        (--devices ID..ID[,ID…] | --device-prefix P --count N) --rate FIXES_PER_S
        [--duration S] [--speedup K] [--seed N] [--city NAME] [--start ISO] [--end ISO] [--batch N]
      پاکستانی شہروں میں گھومتے مصنوعی مجرموں کے ٹیگز کی ریڈنگز مرکز کو اسی طرح بھیجی جاتی ہیں جیسے کوئی
      ٹیگ فراہم کنندہ بھیجتا ہے؛ مصنوعی گھڑی --start سے شروع ہوتی ہے (طے شدہ: ابھی) اور حقیقی وقت سے K گنا
      تیز چلتی ہے لیکن کبھی اس سے آگے نہیں نکلتی۔
  --version, --help

اخراجی کوڈ: 0 مکمل، 1 کمانڈ ناکام ہو گئی، 2 غلط استعمال۔
</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <source>nigran-centre: %1</source>
        <translation>nigran-centre: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Try &quot;nigran-centre --help&quot;.</source>
        <translation>&quot;nigran-centre --help&quot; آزمائیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 was given more than once</source>
        <translation>--%1 ایک سے زیادہ بار دیا گیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 لازمی ہے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--days must be a whole number from 1 to 3650 (got %1)</source>
        <translation>--days میں 1 سے 3650 تک کا کوئی مکمل عدد ہونا چاہیے (دیا گیا: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no command given</source>
        <translation>کوئی کمانڈ نہیں دی گئی</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--%1 needs a value</source>
        <translation>--%1 کے لیے قدر درکار ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pki needs one action: init, issue-office, issue-vendor, revoke or crl</source>
        <translation>pki کے لیے ایک عمل درکار ہے: init، issue-office، issue-vendor، revoke یا crl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>غیر متوقع آرگومنٹ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown command %1</source>
        <translation>نامعلوم کمانڈ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown pki action %1</source>
        <translation>pki کا نامعلوم عمل %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pki %1 does not take --%2</source>
        <translation>pki %1 کے ساتھ --%2 نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created the certificate authority in %1 for %2</source>
        <translation>%2 کے لیے سرٹیفکیٹ اتھارٹی %1 میں قائم کر دی گئی</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+404"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>پاس ورڈ کی فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="-400"/>
        <location line="+255"/>
        <source>%1 already exists; it was not overwritten</source>
        <translation>%1 پہلے سے موجود ہے؛ اسے تبدیل نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Cannot write %1: %2 (serial %3 was issued; revoke it)</source>
        <translation>%1 لکھی نہیں جا سکتی: %2 (سیریل %3 جاری ہو چکا ہے؛ اسے منسوخ کریں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued %1 %2 (serial %3, valid until %4) to %5</source>
        <translation>%1 %2 کے لیے جاری کیا گیا (سیریل %3، مؤثر تا %4) اور %5 میں محفوظ کیا گیا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoked serial %1; the CRL was rewritten</source>
        <translation>سیریل %1 منسوخ کر دیا گیا؛ CRL دوبارہ لکھ دی گئی</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>serve does not take --%1</source>
        <translation>serve کے ساتھ --%1 نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8443 (got %1)</source>
        <translation>--listen کی صورت HOST:PORT ہونی چاہیے، مثلاً 127.0.0.1:8443 (دیا گیا: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be a whole number from %2 to %3 (got %4)</source>
        <translation>--%1 میں %2 سے %3 تک کا کوئی مکمل عدد ہونا چاہیے (دیا گیا: %4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+163"/>
        <source>%1 is not a Nigran PKI folder (no ca.pem; create one with &quot;pki init&quot;)</source>
        <translation>%1 نگران کا PKI فولڈر نہیں (ca.pem موجود نہیں؛ &quot;pki init&quot; سے بنائیں)</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>nigran-centre listening on https://%1:%2 (store: %3)</source>
        <translation>nigran-centre https://%1:%2 پر منتظر ہے (ڈیٹا ذخیرہ: %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>status does not take --%1</source>
        <translation>status کے ساتھ --%1 نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Centre PKI: %1</source>
        <translation>مرکز کا PKI: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre URL: %1</source>
        <translation>مرکز کا URL: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates: %1 issued, %2 revoked, %3 expired</source>
        <translation>سرٹیفکیٹ: %1 جاری شدہ، %2 منسوخ شدہ، %3 میعاد ختم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked %1</source>
        <translation>منسوخ شدہ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: none yet (%1 is created by the first &quot;serve&quot;)</source>
        <translation>ڈیٹا ذخیرہ: ابھی کوئی نہیں (%1 پہلی &quot;serve&quot; سے بنے گا)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Store: %1, %2 offices</source>
        <translation>ڈیٹا ذخیرہ: %1، %2 دفاتر</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>last sync %1, audit chain up to %2: %3, pending conflicts in the district: %4</source>
        <translation>آخری ہم آہنگی %1، آڈٹ زنجیر %2 تک: %3، ضلع میں زیرِ التوا تنازعات: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROBLEM: %1</source>
        <translation>مسئلہ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending conflicts: %1; offices with an audit-chain problem: %2</source>
        <translation>زیرِ التوا تنازعات: %1؛ آڈٹ زنجیر میں مسئلے والے دفاتر: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exchange does not take --%1</source>
        <translation>exchange کے ساتھ --%1 نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the exchange file %1: %2</source>
        <translation>تبادلے کی فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file %1 is larger than %2 MB; it is not accepted.</source>
        <translation>تبادلے کی فائل %1 کا حجم %2 MB سے زیادہ ہے؛ اسے قبول نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The exchange file %1 was refused: %2</source>
        <translation>تبادلے کی فائل %1 مسترد کر دی گئی: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the reply %1: %2 (the batches were applied; running the exchange again gives the same answer)</source>
        <translation>جواب %1 لکھا نہیں جا سکتا: %2 (بیچ لاگو ہو چکے ہیں؛ تبادلہ دوبارہ چلانے سے یہی جواب ملے گا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered exchange %1 of office %2 (district %3, certificate %4): %5 batches, %6 pages with %7 rows%8; reply written to %9</source>
        <translation>دفتر %2 کے تبادلے %1 کا جواب دیا گیا (ضلع %3، سرٹیفکیٹ %4): %5 بیچ، %6 صفحات جن میں %7 قطاریں ہیں%8؛ جواب %9 میں لکھ دیا گیا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, more changes wait for the next exchange</source>
        <translation>، مزید تبدیلیاں اگلے تبادلے کی منتظر ہیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>simulate-tags does not take --%1</source>
        <translation>simulate-tags کے ساتھ --%1 نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--url must be the centre&apos;s https://HOST:PORT address (got %1)</source>
        <translation>--url میں مرکز کا https://HOST:PORT پتا ہونا چاہیے (دیا گیا: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 must be a number from %2 to %3 (got %4)</source>
        <translation>--%1 میں %2 سے %3 تک کا کوئی عدد ہونا چاہیے (دیا گیا: %4)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--city: no synthetic city is called %1</source>
        <translation>--city: کسی مصنوعی شہر کا نام %1 نہیں ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 must be an RFC 3339 time such as 2026-11-28T08:00:00Z (got %2)</source>
        <translation>--%1 میں RFC 3339 وقت ہونا چاہیے، مثلاً 2026-11-28T08:00:00Z (دیا گیا: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --devices or --device-prefix with --count</source>
        <translation>یا تو --devices دیں یا --count کے ساتھ --device-prefix دیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--count goes with --device-prefix, not with --devices</source>
        <translation>--count، --device-prefix کے ساتھ دیا جاتا ہے، --devices کے ساتھ نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--count must be a whole number from 1 to %1 (got %2)</source>
        <translation>--count میں 1 سے %1 تک کا کوئی مکمل عدد ہونا چاہیے (دیا گیا: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the vendor bundle %1: %2</source>
        <translation>فراہم کنندہ کا بنڈل %1 پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>simulate-tags: %1 devices, at most %2 fixes/s, speed-up %3, posting to %4</source>
        <translation>simulate-tags: %1 آلات، زیادہ سے زیادہ %2 ریڈنگز فی سیکنڈ، رفتار %3 گنا، %4 کو بھیجی جا رہی ہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>simulate-tags: %1 s, simulated %2, sent %3 fixes in %4 batches (%5 accepted, %6 duplicates), backlog %7</source>
        <translation>simulate-tags: %1 سیکنڈ، مصنوعی وقت %2، %4 بیچوں میں %3 ریڈنگز بھیجی گئیں (%5 قبول شدہ، %6 دہری)، زیرِ التوا %7</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreExchange</name>
    <message>
        <location filename="../sync/exchange/centreexchange.cpp" line="+27"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The exchange file is larger than %1 MB; it is not accepted.</source>
        <translation>تبادلے کی فائل کا حجم %1 MB سے زیادہ ہے؛ اسے قبول نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The exchange file was not signed by an office certificate (it names no office and district).</source>
        <translation>تبادلے کی فائل پر کسی دفتری سرٹیفکیٹ کے دستخط نہیں (اس میں کسی دفتر اور ضلع کا نام نہیں)۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The exchange file names office %1 but was signed by the certificate of office %2.</source>
        <translation>تبادلے کی فائل میں دفتر %1 کا نام ہے لیکن اس پر دفتر %2 کے سرٹیفکیٹ سے دستخط کیے گئے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreServer</name>
    <message>
        <location filename="../sync/server/centreserver.cpp" line="+292"/>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>CA سرٹیفکیٹ %1 پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate %1 is damaged</source>
        <translation>CA سرٹیفکیٹ %1 خراب ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRL %1 is missing, damaged or not signed by the CA; run &quot;pki crl&quot; to write a new one</source>
        <translation>CRL %1 موجود نہیں، خراب ہے یا CA کی دستخط شدہ نہیں؛ نئی CRL لکھنے کے لیے &quot;pki crl&quot; چلائیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot set up TLS with the server certificate and key in %1: %2</source>
        <translation>%1 میں موجود سرور سرٹیفکیٹ اور کلید کے ساتھ TLS قائم نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine)</source>
        <translation>%1:%2 پر منتظر نہیں رہا جا سکتا (زیرِ استعمال ہے، یا اس مشین کا پتا نہیں)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The centre server is not listening; call listen() first</source>
        <translation>مرکز کا سرور منتظر نہیں؛ پہلے listen() کال کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre server stopped with an error</source>
        <translation>مرکز کا سرور خرابی کے ساتھ بند ہو گیا</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreService</name>
    <message>
        <location filename="../sync/centre/centreservice.cpp" line="+88"/>
        <source>Only an office certificate with an office id and a district may synchronise the register.</source>
        <translation>صرف وہی دفتری سرٹیفکیٹ رجسٹر کی ہم آہنگی کر سکتا ہے جس میں دفتر کی شناخت اور ضلع درج ہو۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office %1 is enrolled for another district than its certificate names (%2).</source>
        <translation>دفتر %1 جس ضلع کے لیے درج ہے وہ اس کے سرٹیفکیٹ میں درج ضلع (%2) سے مختلف ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This office speaks sync protocol version %1 but the centre speaks version %2. Please update Nigran.</source>
        <translation>یہ دفتر ہم آہنگی کا پروٹوکول ورژن %1 استعمال کرتا ہے لیکن مرکز ورژن %2 استعمال کرتا ہے۔ براہِ کرم نگران کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Audit entry %1 of office %2 does not match its hash: the entry was altered.</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 اپنے ہیش سے مطابقت نہیں رکھتا: اندراج میں رد و بدل کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit entry %1 of office %2 differs from the one the centre accepted: the office&apos;s history was rewritten.</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 اس اندراج سے مختلف ہے جو مرکز نے قبول کیا تھا: دفتر کا ریکارڈ دوبارہ لکھا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit entry %1 of office %2 does not follow the accepted entry %3: entries are missing.</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 قبول شدہ اندراج %3 کے بعد نہیں آتا: اندراجات غائب ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit entry %1 of office %2 does not continue the accepted chain at entry %3: the office&apos;s history was rewritten.</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 قبول شدہ زنجیر کو اندراج %3 سے آگے نہیں بڑھاتا: دفتر کا ریکارڈ دوبارہ لکھا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>entity</source>
        <translation>متعلقہ شے</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>district</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>resolves</source>
        <translation>حل کیا جانے والا تنازع</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The push from office %1 has no batch id.</source>
        <translation>دفتر %1 کی بھیجی گئی تبدیلیوں میں بیچ کی شناخت موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The centre&apos;s store returned a fix of device %1, which is not assigned to district %2.</source>
        <translation>مرکز کے ڈیٹا ذخیرے نے آلہ %1 کی ریڈنگ واپس کی، جو ضلع %2 کے لیے مختص نہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CentreStoreFactory</name>
    <message>
        <location filename="../sync/centre/centrestorefactory.cpp" line="+22"/>
        <source>No centre store was given: use sqlite:/path/to/centre.db or a postgresql:// address.</source>
        <translation>مرکز کا کوئی ڈیٹا ذخیرہ نہیں دیا گیا: sqlite:/path/to/centre.db یا postgresql:// پتا استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre store &quot;sqlite:&quot; names no file: use sqlite:/path/to/centre.db.</source>
        <translation>مرکز کے ڈیٹا ذخیرے &quot;sqlite:&quot; میں کسی فائل کا نام نہیں: sqlite:/path/to/centre.db استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The centre store is not understood: use sqlite:/path/to/centre.db or a postgresql:// address.</source>
        <translation>مرکز کا ڈیٹا ذخیرہ سمجھ میں نہیں آیا: sqlite:/path/to/centre.db یا postgresql:// پتا استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre store kind &quot;%1&quot; is not known: use sqlite:/path/to/centre.db or a postgresql:// address.</source>
        <translation>مرکز کے ڈیٹا ذخیرے کی قسم &quot;%1&quot; نامعلوم ہے: sqlite:/path/to/centre.db یا postgresql:// پتا استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CertificateAuthority</name>
    <message>
        <location filename="../sync/pki/certificateauthority.cpp" line="+67"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 لکھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot generate a key: %1</source>
        <translation>کلید بنائی نہیں جا سکتی: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot create a certificate: %1</source>
        <translation>سرٹیفکیٹ بنایا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The PKI folder %1 is in use by another nigran-centre command</source>
        <translation>PKI فولڈر %1 کسی دوسری nigran-centre کمانڈ کے زیرِ استعمال ہے</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The centre URL must be an https:// URL with a host name (got %1)</source>
        <translation>مرکز کا URL میزبان (host) کے نام کے ساتھ https:// URL ہونا چاہیے (دیا گیا: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the PKI folder %1</source>
        <translation>PKI فولڈر %1 بنایا نہیں جا سکتا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 already holds a certificate authority; it was not changed</source>
        <translation>فولڈر %1 میں پہلے سے ایک سرٹیفکیٹ اتھارٹی موجود ہے؛ اس میں کوئی تبدیلی نہیں کی گئی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a valid host name: %1</source>
        <translation>میزبان (host) کا درست نام نہیں: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is not a Nigran PKI folder (no pki.json; create one with &quot;pki init&quot;)</source>
        <translation>%1 نگران کا PKI فولڈر نہیں (pki.json موجود نہیں؛ &quot;pki init&quot; سے بنائیں)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is damaged or of an unknown format</source>
        <translation>%1 خراب ہے یا اس کا فارمیٹ نامعلوم ہے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged (entry %2)</source>
        <translation>%1 خراب ہے (اندراج %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The CA key or certificate in %1 is damaged or they do not belong together</source>
        <translation>%1 میں CA کی کلید یا سرٹیفکیٹ خراب ہے یا دونوں ایک دوسرے سے مطابقت نہیں رکھتے</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The office id must be 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>دفتر کی شناخت 1 سے 64 تک حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور پر مشتمل ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vendor id must be 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>فراہم کنندہ کی شناخت 1 سے 64 تک حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور پر مشتمل ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The district code must be 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>ضلع کا کوڈ 1 سے 64 تک حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور پر مشتمل ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle password must have at least %1 characters</source>
        <translation>بنڈل کے پاس ورڈ میں کم از کم %1 حروف ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate must end after it begins</source>
        <translation>سرٹیفکیٹ کی میعاد کا اختتام اس کے آغاز کے بعد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+9"/>
        <source>Cannot create the bundle: %1</source>
        <translation>بنڈل بنایا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No certificate with serial %1 was issued by this CA</source>
        <translation>اس CA نے سیریل %1 کا کوئی سرٹیفکیٹ جاری نہیں کیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1 is the centre&apos;s own server certificate; it cannot be revoked here</source>
        <translation>سیریل %1 مرکز کا اپنا سرور سرٹیفکیٹ ہے؛ اسے یہاں منسوخ نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the CRL: %1</source>
        <translation>CRL بنائی نہیں جا سکتی: %1</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::CredentialStore</name>
    <message>
        <location filename="../sync/client/credentialstore.cpp" line="+57"/>
        <source>The office&apos;s stored sync credentials are incomplete; enrol the office with the centre again.</source>
        <translation>دفتر کی ہم آہنگی کی محفوظ شدہ اسناد نامکمل ہیں؛ دفتر کا مرکز میں دوبارہ اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle was issued for office %1, but this is office %2. Ask the centre for this office&apos;s bundle.</source>
        <translation>یہ بنڈل دفتر %1 کے لیے جاری کیا گیا تھا، لیکن یہ دفتر %2 ہے۔ مرکز سے اس دفتر کا بنڈل طلب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is for district %1, but this office keeps the register of %2.</source>
        <translation>یہ بنڈل ضلع %1 کا ہے، لیکن یہ دفتر %2 کا رجسٹر رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s certificate expired on %1; ask the centre for a new one.</source>
        <translation>بنڈل کے سرٹیفکیٹ کی میعاد %1 کو ختم ہو گئی؛ مرکز سے نیا سرٹیفکیٹ طلب کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle lacks the certificate, its key, the centre&apos;s CA or an https centre address.</source>
        <translation>بنڈل میں سرٹیفکیٹ، اس کی کلید، مرکز کا CA یا مرکز کا https پتا موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::ExchangeCodec</name>
    <message>
        <location filename="../sync/exchange/exchangecodec.cpp" line="+41"/>
        <source>%1: %2: must be %3</source>
        <translation>%1: %2: %3 ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bytes</source>
        <translation>بائٹس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an integer</source>
        <translation>کوئی مکمل عدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2: must be from %3 to %4</source>
        <translation>%1: %2: %3 سے %4 تک ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an array</source>
        <translation>فہرست (array)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2: more than %3 entries</source>
        <translation>%1: %2: %3 سے زیادہ اندراجات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not a Nigran exchange document (damaged or another kind of file)</source>
        <translation>%1: نگران کی تبادلے کی دستاویز نہیں (خراب ہے یا کسی اور قسم کی فائل ہے)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file holds another kind of exchange document</source>
        <translation>%1: فائل میں کسی اور قسم کی تبادلے کی دستاویز ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: f: must be an integer</source>
        <translation>%1: f: مکمل عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: format version %2; this version of Nigran reads version %3. Please update Nigran.</source>
        <translation>%1: فارمیٹ ورژن %2؛ نگران کا یہ ورژن فارمیٹ ورژن %3 پڑھتا ہے۔ براہِ کرم نگران کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>exchange file</source>
        <translation>تبادلے کی فائل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: b[%2]: must be bytes</source>
        <translation>%1: b[%2]: بائٹس ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>exchange reply</source>
        <translation>تبادلے کا جواب</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: r[%2]: must be bytes</source>
        <translation>%1: r[%2]: بائٹس ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: p[%2]: must be a page with its cursor</source>
        <translation>%1: p[%2]: کرسر کے ساتھ صفحہ ہونا چاہیے</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::ExchangeEnvelope</name>
    <message>
        <location filename="../sync/exchange/exchangeenvelope.cpp" line="+54"/>
        <source>The %1 could not be encoded: %2</source>
        <translation>%1 کو انکوڈ نہیں کیا جا سکا: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The certificates or the key for signing and encrypting the exchange file cannot be read.</source>
        <translation>تبادلے کی فائل پر دستخط اور اس کی خفیہ کاری کے لیے سرٹیفکیٹ یا کلید پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange file could not be signed: %1</source>
        <translation>تبادلے کی فائل پر دستخط نہیں ہو سکے: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed exchange file</source>
        <translation>دستخط شدہ تبادلے کی فائل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out of memory while encrypting the exchange file.</source>
        <translation>تبادلے کی فائل کی خفیہ کاری کے دوران حافظہ ناکافی ہو گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exchange file could not be encrypted: %1</source>
        <translation>تبادلے کی فائل کی خفیہ کاری نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted exchange file</source>
        <translation>خفیہ کردہ تبادلے کی فائل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate or the key for decrypting the exchange file cannot be read.</source>
        <translation>تبادلے کی فائل کی رمز کشائی کے لیے سرٹیفکیٹ یا کلید پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not a Nigran exchange file: it is not encrypted data (damaged, truncated or another kind of file).</source>
        <translation>یہ فائل نگران کی تبادلے کی فائل نہیں: اس میں خفیہ کردہ ڈیٹا نہیں (خراب، ادھوری یا کسی اور قسم کی فائل)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of memory while decrypting the exchange file.</source>
        <translation>تبادلے کی فائل کی رمز کشائی کے دوران حافظہ ناکافی ہو گیا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange file is encrypted for someone else: it was not written for this %1.</source>
        <translation>تبادلے کی فائل کسی اور کے لیے خفیہ کی گئی ہے: یہ اس %1 کے لیے نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange file cannot be decrypted: it was damaged or altered on the way.</source>
        <translation>تبادلے کی فائل کی رمز کشائی نہیں ہو سکتی: راستے میں یہ خراب ہو گئی یا اس میں رد و بدل کیا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The exchange file does not hold data signed by exactly one certificate.</source>
        <translation>تبادلے کی فائل میں ایسا ڈیٹا نہیں جس پر ٹھیک ایک سرٹیفکیٹ سے دستخط کیے گئے ہوں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature of the exchange file does not match its contents: the file was altered.</source>
        <translation>تبادلے کی فائل کے دستخط اس کے مندرجات سے مطابقت نہیں رکھتے: فائل میں رد و بدل کیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange file does not name the certificate that signed it.</source>
        <translation>تبادلے کی فائل میں اس سرٹیفکیٹ کا نام نہیں جس سے اس پر دستخط کیے گئے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A certificate to verify cannot be read.</source>
        <translation>تصدیق کے لیے درکار ایک سرٹیفکیٹ پڑھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre&apos;s certificate revocation list cannot be read, so no certificate is accepted.</source>
        <translation>مرکز کی منسوخ شدہ سرٹیفکیٹس کی فہرست (CRL) پڑھی نہیں جا سکتی، اس لیے کوئی سرٹیفکیٹ قبول نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>The certificate check could not be set up: %1</source>
        <translation>سرٹیفکیٹ کی جانچ کا انتظام نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate %1 that signed the exchange file has been revoked.</source>
        <translation>تبادلے کی فائل پر دستخط کرنے والا سرٹیفکیٹ %1 منسوخ کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 that signed the exchange file expired on %2.</source>
        <translation>تبادلے کی فائل پر دستخط کرنے والے سرٹیفکیٹ %1 کی میعاد %2 کو ختم ہو گئی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate %1 that signed the exchange file is not valid before %2.</source>
        <translation>تبادلے کی فائل پر دستخط کرنے والا سرٹیفکیٹ %1، %2 سے پہلے مؤثر نہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate %1 that signed the exchange file was not issued by this centre.</source>
        <translation>تبادلے کی فائل پر دستخط کرنے والا سرٹیفکیٹ %1 اس مرکز نے جاری نہیں کیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The centre&apos;s certificate revocation list is missing, stale or not signed by the centre (%1); renew it with &quot;nigran-centre pki crl --renew&quot;.</source>
        <translation>مرکز کی منسوخ شدہ سرٹیفکیٹس کی فہرست (CRL) موجود نہیں، پرانی ہو چکی ہے یا اس پر مرکز کے دستخط نہیں (%1)؛ اسے &quot;nigran-centre pki crl --renew&quot; سے تازہ کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %1 that signed the exchange file is not accepted: %2.</source>
        <translation>تبادلے کی فائل پر دستخط کرنے والا سرٹیفکیٹ %1 قبول نہیں کیا گیا: %2۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::FixIngest</name>
    <message>
        <location filename="../sync/centre/fixingest.cpp" line="+65"/>
        <source>Only a tag vendor&apos;s certificate may post fixes.</source>
        <translation>صرف ٹیگ فراہم کنندہ کا سرٹیفکیٹ ریڈنگز بھیج سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::FixPull</name>
    <message>
        <location filename="../sync/client/fixpull.cpp" line="+54"/>
        <source>Monitoring order %1 in this office&apos;s store cannot be read: %2</source>
        <translation>اس دفتر کے ڈیٹا ذخیرے میں نگرانی کا حکم %1 پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The page of fixes after %1 names an earlier cursor (%2); nothing of it was stored.</source>
        <translation>%1 کے بعد کی ریڈنگز کے صفحے میں اس سے پہلے کا کرسر (%2) درج ہے؛ اس میں سے کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The page of fixes after %1 holds an unreadable block of device %2: %3; nothing of it was stored.</source>
        <translation>%1 کے بعد کی ریڈنگز کے صفحے میں آلہ %2 کا ناقابلِ مطالعہ بلاک ہے: %3؛ اس میں سے کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::MessageCodec</name>
    <message>
        <location filename="../sync/protocol/messagecodec.cpp" line="+181"/>
        <location line="+92"/>
        <source>missing</source>
        <translation>موجود نہیں</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>must be %1</source>
        <translation>%1 ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bytes</source>
        <translation>بائٹس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an integer</source>
        <translation>کوئی مکمل عدد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be from %1 to %2</source>
        <translation>%1 سے %2 تک ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a map</source>
        <translation>میپ (map)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+44"/>
        <source>a list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>must be a map</source>
        <translation>میپ (map) ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must have at most %1 entries</source>
        <translation>اس میں زیادہ سے زیادہ %1 اندراجات ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+463"/>
        <source>is named twice</source>
        <translation>دو بار درج ہے</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>must be text</source>
        <translation>متن ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must have 1 to %1 characters</source>
        <translation>اس میں 1 سے %1 تک حروف ہونے چاہئیں</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>تاریخ (YYYY-MM-DD) ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be text, a number, true/false, bytes, a date or null</source>
        <translation>متن، عدد، true/false، بائٹس، تاریخ یا null ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sync message (%1): %2</source>
        <translation>ہم آہنگی کا پیغام (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync message (%1): not valid CBOR at byte %2: %3</source>
        <translation>ہم آہنگی کا پیغام (%1): بائٹ %2 پر درست CBOR نہیں: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync message (%1): unexpected bytes after the message at byte %2</source>
        <translation>ہم آہنگی کا پیغام (%1): بائٹ %2 پر پیغام کے بعد غیر متوقع بائٹس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync message (%1): not a map</source>
        <translation>ہم آہنگی کا پیغام (%1): میپ (map) نہیں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is another message (%1)</source>
        <translation>کوئی دوسرا پیغام ہے (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync message (%1): the body is empty</source>
        <translation>ہم آہنگی کا پیغام (%1): پیغام کا مواد خالی ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync message (%1): the body is larger than %2 bytes</source>
        <translation>ہم آہنگی کا پیغام (%1): پیغام کا مواد %2 بائٹس سے بڑا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync message (%1): out of memory</source>
        <translation>ہم آہنگی کا پیغام (%1): حافظہ ناکافی ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync message (%1): the body is not valid zstd data: %2</source>
        <translation>ہم آہنگی کا پیغام (%1): پیغام کا مواد درست zstd ڈیٹا نہیں: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync message (%1): the body expands to more than %2 bytes</source>
        <translation>ہم آہنگی کا پیغام (%1): کھولنے پر پیغام کا مواد %2 بائٹس سے بڑھ جاتا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync message (%1): unexpected bytes after the compressed body</source>
        <translation>ہم آہنگی کا پیغام (%1): سکیڑے گئے مواد کے بعد غیر متوقع بائٹس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync message (%1): the body is truncated</source>
        <translation>ہم آہنگی کا پیغام (%1): پیغام کا مواد ادھورا ہے</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>handshake request</source>
        <translation>ابتدائی رابطے کی درخواست</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>handshake response</source>
        <translation>ابتدائی رابطے کا جواب</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>push request</source>
        <translation>ارسال کی درخواست</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>must not be empty</source>
        <translation>خالی نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>push response</source>
        <translation>ارسال کا جواب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pull request</source>
        <translation>وصولی کی درخواست</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pull response</source>
        <translation>وصولی کا جواب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fix pull request</source>
        <translation>ریڈنگز کی وصولی کی درخواست</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a time when history devices are named</source>
        <translation>جب سابقہ ریکارڈ کے لیے آلات کے نام دیے گئے ہوں تو وقت ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix pull response</source>
        <translation>ریڈنگز کی وصولی کا جواب</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>conflict record</source>
        <translation>تنازع کا ریکارڈ</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::NetworkTransport</name>
    <message>
        <location filename="../sync/client/networktransport.cpp" line="+28"/>
        <source>The centre address must be an https:// URL (office bundle: centre URL).</source>
        <translation>مرکز کا پتا https:// URL ہونا چاہیے (دفتری بنڈل: مرکز کا URL)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office certificate in the office bundle cannot be read (office bundle: certificate).</source>
        <translation>دفتری بنڈل میں دفتر کا سرٹیفکیٹ پڑھا نہیں جا سکتا (دفتری بنڈل: سرٹیفکیٹ)۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The office key in the office bundle cannot be read (office bundle: private key).</source>
        <translation>دفتری بنڈل میں دفتر کی کلید پڑھی نہیں جا سکتی (دفتری بنڈل: نجی کلید)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s CA certificate in the office bundle cannot be read (office bundle: CA).</source>
        <translation>دفتری بنڈل میں مرکز کا CA سرٹیفکیٹ پڑھا نہیں جا سکتا (دفتری بنڈل: CA)۔</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The centre could not be reached (%1): %2</source>
        <translation>مرکز سے رابطہ نہیں ہو سکا (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the centre broke during its answer (%1, %2 of %3 bytes): %4</source>
        <translation>مرکز کے جواب کے دوران رابطہ منقطع ہو گیا (%1، %3 میں سے %2 بائٹس): %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre refused the request (%1, HTTP %2): %3</source>
        <translation>مرکز نے درخواست مسترد کر دی (%1، HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The centre&apos;s answer (%1) is larger than %2 bytes.</source>
        <translation>مرکز کا جواب (%1) %2 بائٹس سے بڑا ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::OfficeBundle</name>
    <message>
        <location filename="../sync/pki/officebundle.cpp" line="+38"/>
        <source>The file is not a certificate bundle (PKCS#12): it is damaged, truncated or of another kind</source>
        <translation>یہ فائل سرٹیفکیٹ بنڈل (PKCS#12) نہیں: یہ خراب ہے، ادھوری ہے یا کسی اور قسم کی ہے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password of the certificate bundle is wrong</source>
        <translation>سرٹیفکیٹ بنڈل کا پاس ورڈ غلط ہے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate bundle is not a Nigran office bundle (it names no office and district)</source>
        <translation>یہ سرٹیفکیٹ بنڈل نگران کا دفتری بنڈل نہیں (اس میں کسی دفتر اور ضلع کا نام نہیں)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key in the certificate bundle does not match its certificate</source>
        <translation>سرٹیفکیٹ بنڈل میں موجود کلید اس کے سرٹیفکیٹ سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate bundle lacks the centre&apos;s CA certificate that signed the office certificate</source>
        <translation>سرٹیفکیٹ بنڈل میں مرکز کا وہ CA سرٹیفکیٹ موجود نہیں جس نے دفتر کے سرٹیفکیٹ پر دستخط کیے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate bundle does not name the centre&apos;s https:// URL</source>
        <translation>سرٹیفکیٹ بنڈل میں مرکز کا https:// URL درج نہیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The office certificate in the bundle expired on %1; ask the centre for a new bundle</source>
        <translation>بنڈل میں دفتر کے سرٹیفکیٹ کی میعاد %1 کو ختم ہو گئی؛ مرکز سے نیا بنڈل طلب کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office certificate in the bundle is valid only from %1; check this computer&apos;s clock</source>
        <translation>بنڈل میں دفتر کا سرٹیفکیٹ %1 سے ہی مؤثر ہے؛ اس کمپیوٹر کی گھڑی جانچیں</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::OfflineExchange</name>
    <message>
        <location filename="../sync/exchange/offlineexchange.cpp" line="+35"/>
        <source>This office is not enrolled with a centre yet: an administrator must first enrol it with the office bundle the centre issued.</source>
        <translation>اس دفتر کا ابھی کسی مرکز میں اندراج نہیں ہوا: منتظم کو پہلے مرکز کے جاری کردہ دفتری بنڈل کے ذریعے اس کا اندراج کرنا ہو گا۔</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The exchange file %1 could not be written: %2. Nothing was lost: the changes stay pending and go with the next export.</source>
        <translation>تبادلے کی فائل %1 لکھی نہیں جا سکی: %2۔ کچھ ضائع نہیں ہوا: تبدیلیاں زیرِ التوا رہیں گی اور اگلی برآمد کے ساتھ جائیں گی۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply file is larger than %1 MB; it is not a Nigran reply.</source>
        <translation>جوابی فائل کا حجم %1 MB سے زیادہ ہے؛ یہ نگران کا جواب نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reply file was not signed by this office&apos;s centre; nothing was imported.</source>
        <translation>جوابی فائل پر اس دفتر کے مرکز کے دستخط نہیں؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply file is for office %1 (district %2), not for this office; nothing was imported.</source>
        <translation>جوابی فائل دفتر %1 (ضلع %2) کے لیے ہے، اس دفتر کے لیے نہیں؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reply file %1 cannot be read: %2</source>
        <translation>جوابی فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply file %1 is larger than %2 MB; it is not a Nigran reply.</source>
        <translation>جوابی فائل %1 کا حجم %2 MB سے زیادہ ہے؛ یہ نگران کا جواب نہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::PostgresCentreStore</name>
    <message>
        <location filename="../sync/centre/postgrescentrestore.cpp" line="+288"/>
        <source>The connection to the PostgreSQL store was lost during %1.</source>
        <translation>%1 کے دوران PostgreSQL ڈیٹا ذخیرے سے رابطہ منقطع ہو گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL store is busy: %1 waited too long for a lock.</source>
        <translation>PostgreSQL ڈیٹا ذخیرہ مصروف ہے: %1 کو لاک کے لیے بہت دیر انتظار کرنا پڑا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL store refused %1: it breaks a rule of the database (SQLSTATE %2).</source>
        <translation>PostgreSQL ڈیٹا ذخیرے نے %1 مسترد کر دیا: یہ ڈیٹا بیس کے ایک قاعدے کی خلاف ورزی ہے (SQLSTATE %2)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL store failed during %1 (SQLSTATE %2).</source>
        <translation>PostgreSQL ڈیٹا ذخیرہ %1 کے دوران ناکام ہو گیا (SQLSTATE %2)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL store failed during %1.</source>
        <translation>PostgreSQL ڈیٹا ذخیرہ %1 کے دوران ناکام ہو گیا۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The PostgreSQL store is busy: all %1 connections stayed in use.</source>
        <translation>PostgreSQL ڈیٹا ذخیرہ مصروف ہے: تمام %1 کنکشن زیرِ استعمال رہے۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+573"/>
        <source>Cannot connect to the PostgreSQL store: %1</source>
        <translation>PostgreSQL ڈیٹا ذخیرے سے رابطہ نہیں ہو سکتا: %1</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>A row stored at the centre needs a version from the centre&apos;s sequence (entity %1).</source>
        <translation>مرکز میں محفوظ کی جانے والی قطار کے لیے مرکز کی ترتیب سے ورژن درکار ہے (متعلقہ شے %1)۔</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Audit entry %1 of office %2 does not continue the stored chain (expected entry %3).</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 محفوظ شدہ زنجیر کو آگے نہیں بڑھاتا (متوقع اندراج %3)۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fixes cannot be stored without the time they were received.</source>
        <translation>وصولی کے وقت کے بغیر ریڈنگز محفوظ نہیں کی جا سکتیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix %1 of the batch has no device or a fix time outside 2000–2099; nothing was stored.</source>
        <translation>بیچ کی ریڈنگ %1 میں آلہ موجود نہیں یا ریڈنگ کا وقت 2000–2099 سے باہر ہے؛ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>A device assignment needs a device and a district (order %1).</source>
        <translation>آلے کی تفویض کے لیے آلہ اور ضلع دونوں درکار ہیں (حکم %1)۔</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The centre&apos;s store transaction is already finished.</source>
        <translation>مرکز کے ڈیٹا ذخیرے کی ٹرانزیکشن پہلے ہی مکمل ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The PostgreSQL store has schema version %1, newer than this program&apos;s %2.</source>
        <translation>PostgreSQL ڈیٹا ذخیرے کا اسکیما ورژن %1 ہے، جو اس پروگرام کے ورژن %2 سے نیا ہے۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No PostgreSQL connection string was given.</source>
        <translation>PostgreSQL کی کنکشن اسٹرنگ نہیں دی گئی۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL connection string is malformed: use postgresql://user@host:port/database or host=… port=… dbname=… user=….</source>
        <translation>PostgreSQL کی کنکشن اسٹرنگ غلط ساخت کی ہے: postgresql://user@host:port/database یا host=… port=… dbname=… user=… استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::RowValidator</name>
    <message>
        <location filename="../sync/centre/rowvalidator.cpp" line="+43"/>
        <source>column %1 does not match the body</source>
        <translation>کالم %1 مواد سے مطابقت نہیں رکھتا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id does not match the body</source>
        <translation>شناخت مواد سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone: id and version</source>
        <translation>زون: شناخت اور ورژن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id does not match the alert</source>
        <translation>شناخت انتباہ سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert: device</source>
        <translation>انتباہ: آلہ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>entity</source>
        <translation>متعلقہ شے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>columns: %1 values where %2 are expected</source>
        <translation>کالم: %2 متوقع قدروں کی جگہ %1 قدریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>body: not a CBOR map</source>
        <translation>مواد: CBOR میپ (map) نہیں</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>body: %1</source>
        <translation>مواد: %1</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::SqliteCentreStore</name>
    <message>
        <location filename="../sync/centre/sqlitecentrestore.cpp" line="+260"/>
        <source>A row stored at the centre needs a version from the centre&apos;s sequence (entity %1).</source>
        <translation>مرکز میں محفوظ کی جانے والی قطار کے لیے مرکز کی ترتیب سے ورژن درکار ہے (متعلقہ شے %1)۔</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Audit entry %1 of office %2 does not continue the stored chain (expected entry %3).</source>
        <translation>دفتر %2 کا آڈٹ اندراج %1 محفوظ شدہ زنجیر کو آگے نہیں بڑھاتا (متوقع اندراج %3)۔</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fixes cannot be stored without the time they were received.</source>
        <translation>وصولی کے وقت کے بغیر ریڈنگز محفوظ نہیں کی جا سکتیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix %1 of the batch has no device or a fix time outside 2000–2099; nothing was stored.</source>
        <translation>بیچ کی ریڈنگ %1 میں آلہ موجود نہیں یا ریڈنگ کا وقت 2000–2099 سے باہر ہے؛ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A device assignment needs a device and a district (order %1).</source>
        <translation>آلے کی تفویض کے لیے آلہ اور ضلع دونوں درکار ہیں (حکم %1)۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The centre&apos;s store transaction is already finished.</source>
        <translation>مرکز کے ڈیٹا ذخیرے کی ٹرانزیکشن پہلے ہی مکمل ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No file was given for the centre&apos;s SQLite store.</source>
        <translation>مرکز کے SQLite ڈیٹا ذخیرے کے لیے کوئی فائل نہیں دی گئی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s store %1 is not an SQLite database, or it is encrypted or damaged.</source>
        <translation>مرکز کا ڈیٹا ذخیرہ %1 SQLite ڈیٹا بیس نہیں، یا یہ خفیہ کردہ یا خراب ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s store %1 could not be opened: %2</source>
        <translation>مرکز کا ڈیٹا ذخیرہ %1 کھولا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The centre&apos;s store %1 could not be read: %2</source>
        <translation>مرکز کا ڈیٹا ذخیرہ %1 پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The centre&apos;s store %1 has schema version %2, newer than this program&apos;s %3.</source>
        <translation>مرکز کے ڈیٹا ذخیرے %1 کا اسکیما ورژن %2 ہے، جو اس پروگرام کے ورژن %3 سے نیا ہے۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+21"/>
        <source>The centre&apos;s store is busy: no transaction could start within %1 seconds.</source>
        <translation>مرکز کا ڈیٹا ذخیرہ مصروف ہے: %1 سیکنڈ میں کوئی ٹرانزیکشن شروع نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The centre&apos;s store is already inside a transaction.</source>
        <translation>مرکز کا ڈیٹا ذخیرہ پہلے ہی ایک ٹرانزیکشن کے اندر ہے۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::SyncSession</name>
    <message>
        <location filename="../sync/client/syncsession.cpp" line="+88"/>
        <source>The centre speaks sync protocol version %1; this office speaks version %2. Please update Nigran.</source>
        <translation>مرکز ہم آہنگی کا پروٹوکول ورژن %1 استعمال کرتا ہے؛ یہ دفتر ورژن %2 استعمال کرتا ہے۔ براہِ کرم نگران کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office certificate is for district %1 but this office keeps the register of %2.</source>
        <translation>دفتر کا سرٹیفکیٹ ضلع %1 کا ہے لیکن یہ دفتر %2 کا رجسٹر رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The centre holds audit entry %1 of this office, but this office&apos;s audit log does not: the office&apos;s history differs from what the centre accepted.</source>
        <translation>مرکز کے پاس اس دفتر کا آڈٹ اندراج %1 موجود ہے، لیکن اس دفتر کے آڈٹ لاگ میں نہیں: دفتر کا ریکارڈ اس سے مختلف ہے جو مرکز نے قبول کیا تھا۔</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The centre answered batch %1 with the results of another batch.</source>
        <translation>مرکز نے بیچ %1 کے جواب میں کسی دوسرے بیچ کے نتائج بھیجے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The centre&apos;s result %1 of batch %2 is for another row.</source>
        <translation>بیچ %2 کا مرکز کی جانب سے موصولہ نتیجہ %1 کسی دوسری قطار کا ہے۔</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The page of changes after %1 does not match its checksum; nothing of it was applied.</source>
        <translation>%1 کے بعد والا تبدیلیوں کا صفحہ اپنے چیک سم سے مطابقت نہیں رکھتا؛ اس میں سے کچھ بھی لاگو نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page of changes after %1 holds a row out of order or of another district (version %2); nothing of it was applied.</source>
        <translation>%1 کے بعد والے تبدیلیوں کے صفحے میں ایک قطار بے ترتیب ہے یا کسی دوسرے ضلع کی ہے (ورژن %2)؛ اس میں سے کچھ بھی لاگو نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The page of changes after %1 names a wrong next cursor; nothing of it was applied.</source>
        <translation>%1 کے بعد والے تبدیلیوں کے صفحے میں اگلا کرسر غلط درج ہے؛ اس میں سے کچھ بھی لاگو نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Row version %1 of the page after %2 has %3 indexed columns where %4 are expected.</source>
        <translation>%2 کے بعد والے صفحے کے قطار ورژن %1 میں %4 متوقع انڈیکس شدہ کالموں کی جگہ %3 ہیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::TagSimulator</name>
    <message>
        <location filename="../sync/server/tagsimulator.cpp" line="+106"/>
        <source>The vendor bundle could not be read: wrong password, or not a PKCS#12 bundle.</source>
        <translation>فراہم کنندہ کا بنڈل پڑھا نہیں جا سکا: پاس ورڈ غلط ہے، یا یہ PKCS#12 بنڈل نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vendor bundle holds no CA certificate of the centre.</source>
        <translation>فراہم کنندہ کے بنڈل میں مرکز کا CA سرٹیفکیٹ موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The centre at %1 could not be reached: %2</source>
        <translation>%1 پر مرکز سے رابطہ نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The centre answered %1: %2</source>
        <translation>مرکز کا جواب %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre refused a batch (HTTP %1): %2</source>
        <translation>مرکز نے ایک بیچ مسترد کر دیا (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A device range needs the same prefix and number width at both ends, e.g. DEMO-TAG-00000..DEMO-TAG-00049 (got %1).</source>
        <translation>آلات کی رینج کے دونوں سروں پر ایک جیسا سابقہ اور ہندسوں کی یکساں تعداد ہونی چاہیے، مثلاً DEMO-TAG-00000..DEMO-TAG-00049 (دیا گیا: %1)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A device range must count up, at most %1 devices (got %2).</source>
        <translation>آلات کی رینج صعودی ترتیب میں اور زیادہ سے زیادہ %1 آلات کی ہونی چاہیے (دیا گیا: %2)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give 1 to %1 devices.</source>
        <translation>1 سے %1 تک آلات دیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a device id the centre accepts (1 to %2 letters, digits, dots, dashes, underscores or colons).</source>
        <translation>%1 ایسی آلے کی شناخت نہیں جو مرکز قبول کرتا ہو (1 سے %2 تک حروف، ہندسے، نقطے، ڈیش، انڈر اسکور یا کولن)۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No devices to simulate.</source>
        <translation>مصنوعی طور پر چلانے کے لیے کوئی آلہ نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate and the speed-up must be above zero.</source>
        <translation>شرح اور رفتار میں اضافہ دونوں صفر سے زیادہ ہونے چاہئیں۔</translation>
    </message>
</context>
<context>
    <name>Nigran::Sync::VendorBatch</name>
    <message>
        <location filename="../sync/centre/vendorbatch.cpp" line="+141"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be an object</source>
        <translation>آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a field of a fix (fields: %1)</source>
        <translation>ریڈنگ کی فیلڈ نہیں (فیلڈز: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required (a string)</source>
        <translation>لازمی ہے (اسٹرنگ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to %1 letters, digits, dots, dashes, underscores or colons</source>
        <translation>1 سے %1 تک حروف، ہندسوں، نقطوں، ڈیش، انڈر اسکور یا کولن پر مشتمل ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is required (an RFC 3339 time)</source>
        <translation>لازمی ہے (RFC 3339 وقت)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an RFC 3339 time such as 2026-11-28T08:00:00Z</source>
        <translation>RFC 3339 وقت ہونا چاہیے، مثلاً 2026-11-28T08:00:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be before 2000</source>
        <translation>2000 سے پہلے کا نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is more than %1 minutes after the centre&apos;s clock</source>
        <translation>مرکز کی گھڑی سے %1 منٹ سے زیادہ آگے ہے</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is required (a number)</source>
        <translation>لازمی ہے (عدد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number</source>
        <translation>عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between %1 and %2</source>
        <translation>%1 اور %2 کے درمیان ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>مکمل عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be &quot;gps&quot;, &quot;cell&quot; or &quot;wifi&quot;</source>
        <translation>&quot;gps&quot;، &quot;cell&quot; یا &quot;wifi&quot; ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be &quot;closed&quot;, &quot;open&quot; or &quot;unknown&quot;</source>
        <translation>&quot;closed&quot;، &quot;open&quot; یا &quot;unknown&quot; ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>is larger than %1 MiB; post at most %2 fixes at a time</source>
        <translation>%1 MiB سے بڑا ہے؛ ایک وقت میں زیادہ سے زیادہ %2 ریڈنگز بھیجیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>درست JSON نہیں (بائٹ %2 پر %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a JSON object with a &quot;fixes&quot; array</source>
        <translation>ایسا JSON آبجیکٹ ہونا چاہیے جس میں &quot;fixes&quot; کی فہرست (array) ہو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a field of a batch (only &quot;fixes&quot;)</source>
        <translation>&quot;%1&quot; بیچ کی فیلڈ نہیں (صرف &quot;fixes&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required (an array of fixes)</source>
        <translation>لازمی ہے (ریڈنگز کی فہرست)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold 1 to %1 fixes (it holds %2)</source>
        <translation>اس میں 1 سے %1 تک ریڈنگز ہونی چاہئیں (موجود: %2)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The centre&apos;s answer to a batch of fixes is not a receipt.</source>
        <translation>ریڈنگز کے بیچ پر مرکز کا جواب رسید نہیں۔</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ui/unlockdialog.ui" line="+14"/>
        <source>Unlock Nigran</source>
        <translation>نگران کا قفل کھولیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to open the office register.</source>
        <translation>دفتر کا رجسٹر کھولنے کے لیے سائن اِن کریں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login:</source>
        <translation>لاگ اِن (&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login</source>
        <translation>لاگ اِن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in problem</source>
        <translation>سائن اِن میں مسئلہ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the password…</source>
        <translation>پاس ورڈ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the password</source>
        <translation>پاس ورڈ کی جانچ ہو رہی ہے</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.ui" line="+6"/>
        <source>Users of this office</source>
        <translation>اس دفتر کے صارفین</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users:</source>
        <translation>صارفین (&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>لاگ اِن (&amp;L):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New user login</source>
        <translation>نئے صارف کا لاگ اِن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New user name</source>
        <translation>نئے صارف کا نام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>عہدہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New user role</source>
        <translation>نئے صارف کا عہدہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New user password</source>
        <translation>نئے صارف کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;nfirm password:</source>
        <translation>پاس ورڈ کی تصدیق (&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm new user password</source>
        <translation>نئے صارف کے پاس ورڈ کی تصدیق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add user</source>
        <translation>صارف شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset the selected user&apos;s password</source>
        <translation>منتخب صارف کا پاس ورڈ از سرِ نو مقرر کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New pass&amp;word:</source>
        <translation>نیا پاس ورڈ (&amp;W):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for the selected user</source>
        <translation>منتخب صارف کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confir&amp;m new password:</source>
        <translation>نئے پاس ورڈ کی تصدیق (&amp;M):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the new password</source>
        <translation>نئے پاس ورڈ کی تصدیق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;eset password</source>
        <translation>پاس ورڈ از سرِ نو مقرر کریں (&amp;E)</translation>
    </message>
</context>
</TS>
