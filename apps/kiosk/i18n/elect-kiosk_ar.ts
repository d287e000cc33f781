<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Elect::KioskApp</name>
    <message>
        <source>Elect kiosk: where voters cast their ballots.</source>
        <translation>كشك Elect: حيث يدلي الناخبون بأصواتهم.</translation>
    </message>
    <message>
        <source>Use the demo&apos;s kiosk on the embedded server (run &quot;elect demo&quot; first).</source>
        <translation>استخدم كشك العرض التجريبي على الخادم المدمج (شغّل "elect demo" أولًا).</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>التشغيل في نافذة بدلًا من ملء الشاشة.</translation>
    </message>
    <message>
        <source>There is no demo on this computer yet. Run &quot;elect demo&quot; first.</source>
        <translation>لا يوجد عرض تجريبي على هذا الحاسوب بعد. شغّل "elect demo" أولًا.</translation>
    </message>
    <message>
        <source>The demo has no kiosk account. Run &quot;elect demo&quot; again.</source>
        <translation>لا يحتوي العرض التجريبي على حساب كشك. شغّل "elect demo" مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Elect::KioskController</name>
    <message>
        <source>Enter the kiosk login and its password.</source>
        <translation>أدخل اسم دخول الكشك وكلمة مروره.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name, or choose this computer.</source>
        <translation>أدخل اسم خادم قاعدة البيانات، أو اختر هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This login belongs to a person, not a kiosk. Enter the kiosk login that the organization&apos;s owner created for this kiosk.</source>
        <translation>اسم الدخول هذا لشخص وليس لكشك. أدخل اسم دخول الكشك الذي أنشأه مالك المؤسسة لهذا الكشك.</translation>
    </message>
    <message>
        <source>The kiosk is not connected.</source>
        <translation>الكشك غير متصل.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Elect kiosk</source>
        <translation>كشك Elect</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up this kiosk</source>
        <translation>إعداد هذا الكشك</translation>
    </message>
    <message>
        <source>Enter the kiosk login that the organization&apos;s owner created. The password is kept in this computer&apos;s keychain.</source>
        <translation>أدخل اسم دخول الكشك الذي أنشأه مالك المؤسسة. تُحفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>This computer (embedded)</source>
        <translation>هذا الحاسوب (مدمج)</translation>
    </message>
    <message>
        <source>A database server</source>
        <translation>خادم قاعدة بيانات</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>تفضيل التشفير</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>اشتراط التشفير</translation>
    </message>
    <message>
        <source>Require and verify the certificate</source>
        <translation>اشتراط التشفير والتحقق من الشهادة</translation>
    </message>
    <message>
        <source>No encryption (local network only)</source>
        <translation>بدون تشفير (للشبكة المحلية فقط)</translation>
    </message>
    <message>
        <source>Kiosk login</source>
        <translation>اسم دخول الكشك</translation>
    </message>
    <message>
        <source>k_…</source>
        <translation>k_…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>حفظ واتصال</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>This kiosk cannot connect</source>
        <translation>تعذّر اتصال هذا الكشك</translation>
    </message>
    <message>
        <source>Connecting to the election server…</source>
        <translation>جارٍ الاتصال بخادم الانتخابات…</translation>
    </message>
    <message>
        <source>Voters: please ask a poll worker for help.</source>
        <translation>عزيزي الناخب: يُرجى طلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Change kiosk setup</source>
        <translation>تغيير إعداد الكشك</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Extra large text</source>
        <translation>نص كبير جدًا</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>These elections are open at this kiosk now.</source>
        <translation>هذه الانتخابات مفتوحة في هذا الكشك الآن.</translation>
    </message>
    <message>
        <source>There is no election open at this kiosk right now.</source>
        <translation>لا توجد انتخابات مفتوحة في هذا الكشك الآن.</translation>
    </message>
    <message>
        <source>Open elections</source>
        <translation>الانتخابات المفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n candidate(s)</source>
        <translation>
            <numerusform>اختر %n مرشحين</numerusform>
            <numerusform>اختر مرشحًا واحدًا</numerusform>
            <numerusform>اختر مرشحَين</numerusform>
            <numerusform>اختر %n مرشحين</numerusform>
            <numerusform>اختر %n مرشحًا</numerusform>
            <numerusform>اختر %n مرشح</numerusform>
        </translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>مفتوحة حتى %1</translation>
    </message>
    <message>
        <source>No election is running here at the moment.
If you came to vote, please ask a poll worker.</source>
        <translation>لا توجد انتخابات جارية هنا في الوقت الحالي.
إذا جئت للتصويت، يُرجى سؤال أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation>الكشك: %1</translation>
    </message>
</context>
</TS>
