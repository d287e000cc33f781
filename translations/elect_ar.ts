<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BallotScreen</name>
    <message>
        <source>Step 3 of 5</source>
        <translation>الخطوة ٣ من ٥</translation>
    </message>
    <message>
        <source>Your ballot</source>
        <translation>ورقة اقتراعك</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel without voting and return to the start</source>
        <translation>إلغاء دون تصويت والعودة إلى البداية</translation>
    </message>
    <message>
        <source>Review my ballot</source>
        <translation>مراجعة ورقة اقتراعي</translation>
    </message>
    <message>
        <source>More candidates below ▼</source>
        <translation>مزيد من المرشحين في الأسفل ▼</translation>
    </message>
    <message>
        <source>More candidates above ▲</source>
        <translation>مزيد من المرشحين في الأعلى ▲</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <source>Symbol: %1</source>
        <translation>الرمز الانتخابي: %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>غير مختار</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مختار</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Step 2 of 5</source>
        <translation>الخطوة ٢ من ٥</translation>
    </message>
    <message>
        <source>Enter the code from the text message</source>
        <translation>أدخل الرمز الوارد في الرسالة النصية</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>الرمز الوارد في الرسالة النصية</translation>
    </message>
    <message>
        <source>Six digits, sent to the phone ending in %1. Press Enter when done.</source>
        <translation>ستة أرقام، أُرسلت إلى الهاتف المنتهي بـ %1. اضغط Enter عند الانتهاء.</translation>
    </message>
    <message>
        <source>A code was sent to the phone ending in %1. It has six digits and works for five minutes.</source>
        <translation>أُرسل رمز إلى الهاتف المنتهي بـ %1. يتكون الرمز من ستة أرقام، وهو صالح لمدة خمس دقائق.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>الإلغاء والعودة إلى البداية</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>إرسال رمز جديد</translation>
    </message>
    <message>
        <source>Available 30 seconds after a code was sent.</source>
        <translation>يُتاح بعد 30 ثانية من إرسال الرمز.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>Elect::AccountRepository</name>
    <message>
        <source>This database login is not an Elect account. Sign in with your email.</source>
        <translation>اسم الدخول هذا إلى قاعدة البيانات ليس حسابًا في Elect. سجّل الدخول باستخدام بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters; a short sentence is easy to remember.</source>
        <translation>اختر كلمة مرور لا تقل عن 10 أحرف؛ فالجملة القصيرة سهلة التذكر.</translation>
    </message>
    <message>
        <source>An account with this email address already exists; nothing was created, and its owner was told of the attempt.</source>
        <translation>يوجد حساب بعنوان البريد الإلكتروني هذا بالفعل؛ لم يُنشأ أي شيء، وأُبلغ صاحب الحساب بهذه المحاولة.</translation>
    </message>
</context>
<context>
    <name>Elect::ActiveElectionModel</name>
    <message>
        <source>%1 voted (no voter list)</source>
        <translation>صوّت %1 (بلا قائمة ناخبين)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>No kiosk</source>
        <translation>لا يوجد كشك</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 من %2 متصل</translation>
    </message>
    <message>
        <source>A kiosk is online while it holds a connection to the server. A working kiosk checks in every 10 seconds; one that stopped drops off at once, or within 5 minutes at the latest.</source>
        <translation>يُعدّ الكشك متصلًا ما دام يحتفظ باتصال بالخادم. يتحقق الكشك العامل من اتصاله كل 10 ثوانٍ؛ والكشك الذي توقف يختفي من العدّ فورًا، أو خلال 5 دقائق على الأكثر.</translation>
    </message>
    <message>
        <source>Double-click, or press Enter, to open the election.</source>
        <translation>انقر نقرًا مزدوجًا، أو اضغط Enter، لفتح الانتخابات.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>تبدأ %1</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 ناخب</translation>
    </message>
    <message>
        <source>No voter list yet</source>
        <translation>لا توجد قائمة ناخبين بعد</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Turnout so far</source>
        <translation>نسبة المشاركة حتى الآن</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>الأكشاك</translation>
    </message>
    <message>
        <source>Voting ends</source>
        <translation>انتهاء التصويت</translation>
    </message>
</context>
<context>
    <name>Elect::AdminApp</name>
    <message>
        <source>Elect administration: organizations, elections, results.</source>
        <translation>إدارة Elect: المؤسسات والانتخابات والنتائج.</translation>
    </message>
    <message>
        <source>Sign in to the embedded server&apos;s demo (run &quot;elect demo&quot; first).</source>
        <translation>سجّل الدخول إلى العرض التجريبي على الخادم المدمج (شغّل &quot;elect demo&quot; أولًا).</translation>
    </message>
    <message>
        <source>Which demo account: owner (default) or admin.</source>
        <translation>حساب العرض التجريبي المطلوب: owner (الافتراضي) أو admin.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>--demo-as takes owner or admin.</source>
        <translation>يقبل --demo-as القيمة owner أو admin.</translation>
    </message>
    <message>
        <source>The demo has no such account. Run &quot;elect demo&quot; again.</source>
        <translation>لا يحتوي العرض التجريبي على هذا الحساب. شغّل &quot;elect demo&quot; مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Elect::AdminTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Waiting for email verification</source>
        <translation>بانتظار تأكيد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>Elect::AdminsPage</name>
    <message>
        <source>Add administrator…</source>
        <translation>إضافة مسؤول…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Your organization has no administrators yet. Add one to share the work of preparing elections.</source>
        <translation>لا يوجد مسؤولون لمؤسستك بعد. أضف مسؤولًا ليشاركك العمل في إعداد الانتخابات.</translation>
    </message>
    <message>
        <source>Your organization has no other administrators.</source>
        <translation>لا يوجد مسؤولون آخرون لمؤسستك.</translation>
    </message>
    <message>
        <source>Only your organization&apos;s owner may add, disable or remove administrators. Ask the owner if someone should get or lose access.</source>
        <translation>لا يضيف المسؤولين أو يعطّلهم أو يزيلهم إلا مالك مؤسستك. اسأل المالك إن كان ينبغي منح أحدٍ صلاحية الدخول أو سحبها منه.</translation>
    </message>
    <message>
        <source>Invite someone by email to help prepare elections</source>
        <translation>ادعُ شخصًا عبر البريد الإلكتروني للمساعدة في إعداد الانتخابات</translation>
    </message>
    <message>
        <source>Take this person&apos;s access away for good</source>
        <translation>سحب صلاحية دخول هذا الشخص نهائيًا</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Let this person sign in again</source>
        <translation>السماح لهذا الشخص بتسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>Stop this person from signing in, for now</source>
        <translation>منع هذا الشخص من تسجيل الدخول مؤقتًا</translation>
    </message>
    <message>
        <source>%1 was invited. They sign in once they have verified %2 and chosen a password.</source>
        <translation>دُعي %1. ويمكنه تسجيل الدخول بعد تأكيد %2 واختيار كلمة مرور.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in. Enable them to undo this.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول. فعّله للتراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>إزالة %1؟</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from your organization?</source>
        <translation>إزالة %1 (%2) من مؤسستك؟</translation>
    </message>
    <message>
        <source>They can no longer sign in, and this cannot be undone. What they did stays in the audit log under their name. To stop them for a while only, disable them instead.</source>
        <translation>لن يتمكن من تسجيل الدخول بعد الآن، ولا يمكن التراجع عن ذلك. يبقى ما فعله في سجل التدقيق باسمه. لإيقافه مدة من الوقت فقط، عطّله بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation>أُزيل %1 ولم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>Elect::ApprovalsPage</name>
    <message>
        <source>No approval requests. When an organization admin changes a published election or its candidates, the change waits here for you.</source>
        <translation>لا توجد طلبات موافقة. عندما يغيّر أحد مسؤولي المؤسسة انتخاباتٍ منشورة أو مرشحيها، ينتظرك التغيير هنا.</translation>
    </message>
    <message>
        <source>You have asked for no changes. Changes to a published election or its candidates wait for the owner&apos;s approval, and are listed here.</source>
        <translation>لم تطلب أي تغييرات. تنتظر التغييرات على الانتخابات المنشورة أو مرشحيها موافقة المالك، وتُعرض هنا.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>طلبات الموافقة</translation>
    </message>
    <message>
        <source>My approval requests</source>
        <translation>طلبات الموافقة الخاصة بي</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>What the request changes</source>
        <translation>ما يغيّره الطلب</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Apply the change now</source>
        <translation>تطبيق التغيير الآن</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Turn the change down, with a reason the requester reads</source>
        <translation>رفض التغيير، مع ذكر سبب يقرؤه مقدّم الطلب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Waiting for the owner</source>
        <translation>بانتظار المالك</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>وافق عليه %1 في %2</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>رفضه %1: %2</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>الانتخابات: %1</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>المرشح: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>What you asked to change in the election “%1”</source>
        <translation>ما طلبتَ تغييره في الانتخابات «%1»</translation>
    </message>
    <message>
        <source>What you asked to change for the candidate “%1”</source>
        <translation>ما طلبتَ تغييره للمرشح «%1»</translation>
    </message>
    <message>
        <source>What %1 asks to change in the election “%2”</source>
        <translation>ما يطلب %1 تغييره في الانتخابات «%2»</translation>
    </message>
    <message>
        <source>What %1 asks to change for the candidate “%2”</source>
        <translation>ما يطلب %1 تغييره للمرشح «%2»</translation>
    </message>
    <message>
        <source>Approved by %1 on %2, and applied.</source>
        <translation>وافق عليه %1 في %2، وطُبِّق.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2. Reason: %3</source>
        <translation>رفضه %1 في %2. السبب: %3</translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation>رفض التغيير</translation>
    </message>
    <message>
        <source>Why is this change turned down? %1 reads this.</source>
        <translation>لماذا يُرفض هذا التغيير؟ سيقرأ %1 هذا السبب.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Write a reason, so that the requester knows why.</source>
        <translation>اكتب سببًا ليعرف مقدّم الطلب سبب الرفض.</translation>
    </message>
    <message>
        <source>The change was approved and applied.</source>
        <translation>تمت الموافقة على التغيير وطُبِّق.</translation>
    </message>
    <message>
        <source>The change was rejected; the requester is told why.</source>
        <translation>رُفض التغيير؛ وسيُبلَّغ مقدّم الطلب بالسبب.</translation>
    </message>
</context>
<context>
    <name>Elect::BallotModel</name>
    <message>
        <source>1st choice</source>
        <translation>الاختيار الأول</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>الاختيار الثاني</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>الاختيار الثالث</translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation>الاختيار الرابع</translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation>الاختيار الخامس</translation>
    </message>
    <message>
        <source>6th choice</source>
        <translation>الاختيار السادس</translation>
    </message>
    <message>
        <source>7th choice</source>
        <translation>الاختيار السابع</translation>
    </message>
    <message>
        <source>8th choice</source>
        <translation>الاختيار الثامن</translation>
    </message>
    <message>
        <source>9th choice</source>
        <translation>الاختيار التاسع</translation>
    </message>
    <message>
        <source>10th choice</source>
        <translation>الاختيار العاشر</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>الاختيار %1</translation>
    </message>
</context>
<context>
    <name>Elect::BallotRules</name>
    <message>
        <source>This ballot names a candidate you cannot vote for. Start the ballot again.</source>
        <translation>تذكر ورقة الاقتراع هذه مرشحًا لا يحق لك التصويت له. ابدأ ورقة الاقتراع من جديد.</translation>
    </message>
    <message>
        <source>A candidate is chosen twice. Remove one of the two choices.</source>
        <translation>اختير أحد المرشحين مرتين. أزل أحد الاختيارين.</translation>
    </message>
    <message numerus="yes">
        <source>You may choose at most %n candidate(s). Remove a choice.</source>
        <translation>
            <numerusform>لا يمكنك اختيار أي مرشح. أزل اختياراتك.</numerusform>
            <numerusform>يمكنك اختيار مرشح واحد على الأكثر. أزل أحد اختياراتك.</numerusform>
            <numerusform>يمكنك اختيار مرشحَين اثنين على الأكثر. أزل أحد اختياراتك.</numerusform>
            <numerusform>يمكنك اختيار %n مرشحين على الأكثر. أزل أحد اختياراتك.</numerusform>
            <numerusform>يمكنك اختيار %n مرشحًا على الأكثر. أزل أحد اختياراتك.</numerusform>
            <numerusform>يمكنك اختيار %n مرشح على الأكثر. أزل أحد اختياراتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose exactly %n candidate(s), then review your ballot.</source>
        <translation>
            <numerusform>لا يوجد مرشحون يمكنك اختيارهم في هذه الورقة.</numerusform>
            <numerusform>اختر مرشحًا واحدًا بالضبط، ثم راجع ورقة اقتراعك.</numerusform>
            <numerusform>اختر مرشحَين اثنين بالضبط، ثم راجع ورقة اقتراعك.</numerusform>
            <numerusform>اختر %n مرشحين بالضبط، ثم راجع ورقة اقتراعك.</numerusform>
            <numerusform>اختر %n مرشحًا بالضبط، ثم راجع ورقة اقتراعك.</numerusform>
            <numerusform>اختر %n مرشح بالضبط، ثم راجع ورقة اقتراعك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one, then review your ballot.</source>
        <translation>اختر مرشحًا واحدًا على الأقل، ثم راجع ورقة اقتراعك.</translation>
    </message>
</context>
<context>
    <name>Elect::BenchBaseline</name>
    <message>
        <source>The demo&apos;s owner could not connect.</source>
        <translation>تعذّر اتصال مالك العرض التجريبي.</translation>
    </message>
    <message>
        <source>The demo has no draft election.</source>
        <translation>لا يحتوي العرض التجريبي على انتخابات في حالة المسودة.</translation>
    </message>
</context>
<context>
    <name>Elect::CandidateDialog</name>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>الرمز الانتخابي</translation>
    </message>
    <message>
        <source>Add a candidate</source>
        <translation>إضافة مرشح</translation>
    </message>
    <message>
        <source>Edit the candidate</source>
        <translation>تعديل المرشح</translation>
    </message>
    <message>
        <source>Stored only in protected form (HMAC): it is never shown again.</source>
        <translation>يُحفظ في صورة محمية فقط (HMAC): ولن يُعرض مرة أخرى أبدًا.</translation>
    </message>
    <message>
        <source>&amp;National id</source>
        <translation>الرقم القومي (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>الاسم (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>الحزب (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>الدائرة (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation>المحافظة (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاريخ الميلاد (&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>الوصف (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;ymbol&apos;s name</source>
        <translation>اسم الرمز الانتخابي (&amp;Y)</translation>
    </message>
    <message>
        <source>Photo and symbol</source>
        <translation>الصورة والرمز الانتخابي</translation>
    </message>
    <message>
        <source>Drop an image on either box, or choose a file: PNG, JPEG or WebP, up to 5 MB, at least 64 pixels a side. It is re-encoded without its metadata.</source>
        <translation>أفلت صورة على أيٍّ من المربعين، أو اختر ملفًا: PNG أو JPEG أو WebP، بحجم لا يتجاوز 5 MB، وبطول 64 بكسلًا على الأقل لكل ضلع. يُعاد ترميزها دون بياناتها الوصفية.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز الانتخابي</translation>
    </message>
</context>
<context>
    <name>Elect::CandidateRepository</name>
    <message>
        <source>Give the candidate&apos;s name.</source>
        <translation>اكتب اسم المرشح.</translation>
    </message>
    <message>
        <source>The birth date is in the future. Check it, or leave it empty.</source>
        <translation>تاريخ الميلاد في المستقبل. تحقّق منه، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>This candidate is gone, or you may not see them. Refresh the list.</source>
        <translation>هذا المرشح لم يعد موجودًا، أو لا يحق لك رؤيته. حدّث القائمة.</translation>
    </message>
    <message>
        <source>This person already stands in this election.</source>
        <translation>هذا الشخص مرشح بالفعل في هذه الانتخابات.</translation>
    </message>
    <message>
        <source>This candidate also stands in an election that is already published, so their details are frozen: the ballot shows them. Nothing was changed.</source>
        <translation>هذا المرشح مرشح أيضًا في انتخابات منشورة بالفعل، لذا فبياناته مجمَّدة: فهي تظهر في ورقة الاقتراع. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Elect::CandidateTableModel</name>
    <message>
        <source>no photo</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <source>photo of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز الانتخابي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
</context>
<context>
    <name>Elect::CandidatesTab</name>
    <message>
        <source>&amp;Add candidate…</source>
        <translation>إضافة مرشح (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة (&amp;R)…</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Candidates can change only while the election is a draft. This election is no longer one, so its candidates are frozen.</source>
        <translation>لا يمكن تغيير المرشحين إلا ما دامت الانتخابات مسودة. لم تعد هذه الانتخابات مسودة، لذا فمرشحوها مجمَّدون.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>لا يوجد مرشحون</numerusform>
            <numerusform>مرشح واحد</numerusform>
            <numerusform>مرشحان اثنان</numerusform>
            <numerusform>%n مرشحين</numerusform>
            <numerusform>%n مرشحًا</numerusform>
            <numerusform>%n مرشح</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s details are saved.</source>
        <translation>حُفظت بيانات %1.</translation>
    </message>
    <message>
        <source>Your organization already had a candidate with this national id: they now stand in this election too, with the details they had.</source>
        <translation>كان لدى مؤسستك مرشح بهذا الرقم القومي: وأصبح الآن مرشحًا في هذه الانتخابات أيضًا، بالبيانات التي كانت لديه.</translation>
    </message>
    <message>
        <source>%1 now stands in this election.</source>
        <translation>أصبح %1 مرشحًا في هذه الانتخابات.</translation>
    </message>
    <message>
        <source>Remove the candidate?</source>
        <translation>إزالة المرشح؟</translation>
    </message>
    <message>
        <source>Remove %1 from this election?</source>
        <translation>إزالة %1 من هذه الانتخابات؟</translation>
    </message>
    <message>
        <source>A candidate who stands in no other election is deleted, photo and symbol included.</source>
        <translation>المرشح الذي لا يترشح في أي انتخابات أخرى يُحذف، بما في ذلك صورته ورمزه الانتخابي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>%1 no longer stands in this election.</source>
        <translation>لم يعد %1 مرشحًا في هذه الانتخابات.</translation>
    </message>
</context>
<context>
    <name>Elect::CastJournal</name>
    <message>
        <source>The kiosk cannot write its journal of votes. Ask the poll worker to check the kiosk&apos;s disk, then restart it.</source>
        <translation>تعذّر على الكشك الكتابة في سجل الأصوات الخاص به. اطلب من أحد موظفي اللجنة فحص قرص الكشك، ثم إعادة تشغيله.</translation>
    </message>
</context>
<context>
    <name>Elect::Cli</name>
    <message>
        <source>--rows takes a positive number</source>
        <translation>يحتاج --rows إلى عدد موجب</translation>
    </message>
    <message>
        <source>usage: elect bench import [--rows N]</source>
        <translation>الاستخدام: elect bench import [--rows N]</translation>
    </message>
    <message>
        <source>Setting up a throwaway embedded server...</source>
        <translation>جارٍ إعداد خادم مدمج مؤقت...</translation>
    </message>
    <message>
        <source>cannot write the test file in %1</source>
        <translation>تعذّرت كتابة ملف الاختبار في %1</translation>
    </message>
    <message>
        <source>Generated %1 voters (%2 MiB) in %3 s.</source>
        <translation>أُنشئت بيانات %1 من الناخبين (%2 MiB) في %3 ثانية.</translation>
    </message>
    <message>
        <source>the benchmark&apos;s own file did not import cleanly:</source>
        <translation>لم يُستورد ملف قياس الأداء نفسه دون مشكلات:</translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL, shared_buffers 256MB, no fsync; the same for every case.</source>
        <translation>الخادم: PostgreSQL مدمج، shared_buffers 256MB، بدون fsync؛ وهو نفسه في كل الحالات.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>صف/ثانية</translation>
    </message>
    <message>
        <source>(a) elect import voters, end to end</source>
        <translation>(a) elect import voters، من البداية إلى النهاية</translation>
    </message>
    <message>
        <source>(b) baseline: plain COPY, same table shape</source>
        <translation>(b) خط الأساس: COPY عادي، بنفس بنية الجدول</translation>
    </message>
    <message>
        <source>(c) plain COPY without the foreign key</source>
        <translation>(c) COPY عادي بدون المفتاح الأجنبي</translation>
    </message>
    <message>
        <source>peak memory of this process: %1 MiB (target: under 150 MiB)</source>
        <translation>ذروة استهلاك الذاكرة لهذه العملية: %1 MiB (الهدف: أقل من 150 MiB)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported. Fix them and run the import again.</source>
        <translation>
            <numerusform>%n مشكلة في %1؛ لم يُستورد شيء. أصلحها وشغّل الاستيراد مرة أخرى.</numerusform>
            <numerusform>%n مشكلة في %1؛ لم يُستورد شيء. أصلحها وشغّل الاستيراد مرة أخرى.</numerusform>
            <numerusform>%n مشكلتان في %1؛ لم يُستورد شيء. أصلحهما وشغّل الاستيراد مرة أخرى.</numerusform>
            <numerusform>%n مشكلات في %1؛ لم يُستورد شيء. أصلحها وشغّل الاستيراد مرة أخرى.</numerusform>
            <numerusform>%n مشكلة في %1؛ لم يُستورد شيء. أصلحها وشغّل الاستيراد مرة أخرى.</numerusform>
            <numerusform>%n مشكلة في %1؛ لم يُستورد شيء. أصلحها وشغّل الاستيراد مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;elect --help&quot; for usage.</source>
        <translation>شغّل &quot;elect --help&quot; لمعرفة طريقة الاستخدام.</translation>
    </message>
    <message>
        <source>--password-fd needs a file descriptor number</source>
        <translation>يحتاج --password-fd إلى رقم واصف ملف</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say who you are: elect --as EMAIL ... (the password is asked)</source>
        <translation>حدّد هويتك: elect --as EMAIL ... (ستُطلب كلمة المرور)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>no password could be read from file descriptor %1</source>
        <translation>تعذّرت قراءة كلمة المرور من واصف الملف %1</translation>
    </message>
    <message>
        <source>a password is needed and there is no terminal to ask it on; give it with --password-fd N</source>
        <translation>كلمة المرور مطلوبة ولا توجد طرفية لطلبها؛ مرّرها باستخدام --password-fd N</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>لم تُدخَل كلمة مرور</translation>
    </message>
    <message>
        <source>Again, to confirm: </source>
        <translation>مرة أخرى للتأكيد: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>كلمتا المرور مختلفتان؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>طُبِّق %1</translation>
    </message>
    <message>
        <source>The Elect database is ready on %1.</source>
        <translation>قاعدة بيانات Elect جاهزة على %1.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>قاعدة البيانات محدَّثة.</translation>
    </message>
    <message>
        <source>applied  %1  %2</source>
        <translation>مطبَّق  %1  %2</translation>
    </message>
    <message>
        <source>pending  %1</source>
        <translation>معلَّق  %1</translation>
    </message>
    <message>
        <source>server: only the embedded server is started and stopped by Elect; --db names another one</source>
        <translation>server: لا يشغّل Elect ولا يوقف إلا الخادم المدمج؛ أما --db فيحدد خادمًا آخر</translation>
    </message>
    <message>
        <source>The embedded server runs (socket in %1, log in %2).</source>
        <translation>الخادم المدمج يعمل (المقبس في %1، والسجل في %2).</translation>
    </message>
    <message>
        <source>The embedded server is stopped.</source>
        <translation>الخادم المدمج متوقف.</translation>
    </message>
    <message>
        <source>No embedded server in %1 yet; &quot;elect db init&quot; creates it.</source>
        <translation>لا يوجد خادم مدمج في %1 بعد؛ ويُنشئه الأمر &quot;elect db init&quot;.</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>يعمل: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>متوقف: %1</translation>
    </message>
    <message>
        <source>sysadmin create needs --email, --first-name and --last-name</source>
        <translation>يحتاج sysadmin create إلى --email و --first-name و --last-name</translation>
    </message>
    <message>
        <source>Password for the new system admin: </source>
        <translation>كلمة مرور مسؤول النظام الجديد: </translation>
    </message>
    <message>
        <source>System admin %1 created; they can sign in now.</source>
        <translation>أُنشئ مسؤول النظام %1؛ ويمكنه تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>org register needs --%1</source>
        <translation>يحتاج org register إلى --%1</translation>
    </message>
    <message>
        <source>Password for the organization&apos;s owner: </source>
        <translation>كلمة مرور مالك المؤسسة: </translation>
    </message>
    <message>
        <source>Verification code from the email: </source>
        <translation>رمز التحقق الوارد في البريد الإلكتروني: </translation>
    </message>
    <message>
        <source>The email address is verified.</source>
        <translation>تم التحقق من عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>org %1 needs the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation>يحتاج org %1 إلى معرّف المؤسسة (انظر &quot;elect org list&quot;)</translation>
    </message>
    <message>
        <source>org reject needs --reason, which the organization is told</source>
        <translation>يحتاج org reject إلى --reason، وهو السبب الذي يُبلَّغ للمؤسسة</translation>
    </message>
    <message>
        <source>Organization %1 accepted.</source>
        <translation>قُبلت المؤسسة %1.</translation>
    </message>
    <message>
        <source>Organization %1 rejected.</source>
        <translation>رُفضت المؤسسة %1.</translation>
    </message>
    <message>
        <source>--type is one of simple, district, governorate_based, api_managed</source>
        <translation>قيمة --type واحدة من: simple أو district أو governorate_based أو api_managed</translation>
    </message>
    <message>
        <source>--method is one of block, approval, irv, stv, referendum</source>
        <translation>قيمة --method واحدة من: block أو approval أو irv أو stv أو referendum</translation>
    </message>
    <message>
        <source>--seats, --votes-per-voter and --potential-voters take whole numbers</source>
        <translation>لا يقبل --seats و --votes-per-voter و --potential-voters إلا أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>election create needs --title, --starts and --ends (ISO times such as 2027-03-01T08:00:00+02:00)</source>
        <translation>يحتاج election create إلى --title و --starts و --ends (بأوقات ISO مثل 2027-03-01T08:00:00+02:00)</translation>
    </message>
    <message>
        <source>Draft election %1 created: &quot;%2&quot;.</source>
        <translation>أُنشئت مسودة الانتخابات %1: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>demo runs on the embedded server only; leave out --db</source>
        <translation>يعمل demo على الخادم المدمج فقط؛ احذف --db</translation>
    </message>
    <message>
        <source>Server: %1 (embedded; log %2)</source>
        <translation>الخادم: %1 (مدمج؛ السجل %2)</translation>
    </message>
    <message>
        <source>Accounts, and how each connected (every person and kiosk is its own PostgreSQL login):</source>
        <translation>الحسابات، وكيف اتصل كل منها (لكل شخص ولكل كشك اسم دخول خاص به في PostgreSQL):</translation>
    </message>
    <message>
        <source>signed in as a system admin; sees %1 organization(s), %2 waiting for review</source>
        <translation>سجّل الدخول بصفته مسؤول النظام؛ عدد المؤسسات التي يراها: %1، منها %2 بانتظار المراجعة</translation>
    </message>
    <message>
        <source>signed in as a kiosk of %1; sees %2 running election(s) and no table</source>
        <translation>سجّل الدخول بصفته كشكًا تابعًا لـ %1؛ عدد الانتخابات الجارية التي يراها: %2، ولا يرى أي جدول</translation>
    </message>
    <message>
        <source>signed in as %1 of %2; sees %3 election(s)</source>
        <translation>سجّل الدخول بصفته %1 في %2؛ عدد الانتخابات التي يراها: %3</translation>
    </message>
    <message>
        <source>email: %1, </source>
        <translation>البريد الإلكتروني: %1، </translation>
    </message>
    <message>
        <source>login role: %1</source>
        <translation>دور الدخول: %1</translation>
    </message>
    <message>
        <source>The passwords are in %1, readable only by you.</source>
        <translation>كلمات المرور محفوظة في %1، ولا يمكن لأحد غيرك قراءتها.</translation>
    </message>
    <message>
        <source>Open the admin app signed in as the owner: elect-admin --demo</source>
        <translation>افتح تطبيق الإدارة مسجَّل الدخول بصفة المالك: elect-admin --demo</translation>
    </message>
    <message>
        <source>Stop the server with: elect server stop</source>
        <translation>أوقف الخادم بالأمر: elect server stop</translation>
    </message>
    <message>
        <source>import: say voters or candidates</source>
        <translation>import: حدّد voters أو candidates</translation>
    </message>
    <message>
        <source>import %1 needs --election ID and one FILE</source>
        <translation>يحتاج import %1 إلى --election ID وملف واحد FILE</translation>
    </message>
    <message>
        <source>--delimiter is one character: , or ; or tab</source>
        <translation>قيمة --delimiter حرف واحد: , أو ; أو tab</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 rows read (%2%)</source>
        <translation>عدد الصفوف المقروءة: %1 (%2%)</translation>
    </message>
    <message>
        <source>%1 rows checked, no problems found (read as %2). Nothing was written.</source>
        <translation>فُحص %1 من الصفوف ولم تُوجد أي مشكلات (قُرئ الملف بترميز %2). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Voters imported into election %2: %1.</source>
        <translation>استُورد الناخبون إلى الانتخابات %2: %1.</translation>
    </message>
    <message>
        <source>Candidates imported into election %2: %1.</source>
        <translation>استُورد المرشحون إلى الانتخابات %2: %1.</translation>
    </message>
    <message>
        <source>the demo has no draft election</source>
        <translation>لا يحتوي العرض التجريبي على انتخابات في حالة مسودة</translation>
    </message>
    <message>
        <source>elect: Elect&apos;s command line for IT staff.</source>
        <translation>elect: سطر أوامر Elect لفريق تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Usage: elect [global options] COMMAND [options]</source>
        <translation>الاستخدام: elect [global options] COMMAND [options]</translation>
    </message>
    <message>
        <source>Global options:
  --db URI             use this PostgreSQL server (postgresql://user@host:5432/elect?sslmode=require).
                       libpq&apos;s environment (PGHOST, PGPASSWORD, PGSSLMODE, ...) and ~/.pgpass apply.
                       Without --db, Elect&apos;s own embedded server is used.
  --data-dir DIR       where the embedded server keeps its files ($ELECT_DATA_DIR; default: the
                       user&apos;s data folder, /var/lib/elect/postgres for root)
  --as EMAIL           act as this Elect account; its password is asked without echo
  --password-fd N      read passwords from file descriptor N, one line each, instead of asking
  --help, --version</source>
        <translation>الخيارات العامة:
  --db URI             استخدام خادم PostgreSQL هذا (postgresql://user@host:5432/elect?sslmode=require).
                       تنطبق متغيرات بيئة libpq (PGHOST و PGPASSWORD و PGSSLMODE و...) والملف ~/.pgpass.
                       بدون --db، يُستخدم الخادم المدمج الخاص بـ Elect.
  --data-dir DIR       المجلد الذي يحفظ فيه الخادم المدمج ملفاته ($ELECT_DATA_DIR؛ الافتراضي: مجلد
                       بيانات المستخدم، أو /var/lib/elect/postgres للمستخدم root)
  --as EMAIL           العمل بصفة حساب Elect هذا؛ تُطلب كلمة مروره دون إظهار ما يُكتب
  --password-fd N      قراءة كلمات المرور من واصف الملف N، كل منها في سطر، بدلًا من طلبها
  --help, --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Run &quot;elect COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>شغّل &quot;elect COMMAND --help&quot; لمعرفة خيارات أي أمر.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 a problem (explained on stderr), 2 wrong usage.</source>
        <translation>حالة الخروج: 0 تم التنفيذ، 1 حدثت مشكلة (يُشرح سببها في stderr)، 2 استخدام خاطئ.</translation>
    </message>
    <message>
        <source>Usage: elect [global options] %1 COMMAND [options]</source>
        <translation>الاستخدام: elect [global options] %1 COMMAND [options]</translation>
    </message>
    <message>
        <source>%1: say one of %2</source>
        <translation>%1: حدّد أحد الأوامر التالية: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; %1 takes one of %3</source>
        <translation>أمر غير معروف &quot;%1 %2&quot;؛ يقبل %1 أحد الأوامر التالية: %3</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>عرض هذه المساعدة</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Global options (--db, --data-dir, --as, --password-fd) go before the command; see &quot;elect --help&quot;.</source>
        <translation>تأتي الخيارات العامة (--db و --data-dir و --as و --password-fd) قبل الأمر؛ راجع &quot;elect --help&quot;.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>يحتاج %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: وسيط غير متوقع &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Run &quot;elect %1 --help&quot; for usage.</source>
        <translation>شغّل &quot;elect %1 --help&quot; لمعرفة طريقة الاستخدام.</translation>
    </message>
    <message>
        <source>time the voter import against a plain COPY, in a throwaway embedded server</source>
        <translation>قياس زمن استيراد الناخبين مقارنةً بـ COPY عادي، على خادم مدمج مؤقت</translation>
    </message>
    <message>
        <source>voters to import (default 1000000)</source>
        <translation>عدد الناخبين المراد استيرادهم (الافتراضي 1000000)</translation>
    </message>
    <message>
        <source>time the counting engine on generated ballots and print the figures</source>
        <translation>قياس زمن محرك الفرز على أوراق اقتراع مولَّدة وطباعة النتائج الرقمية</translation>
    </message>
    <message>
        <source>ballots per case (default 1000000)</source>
        <translation>عدد أوراق الاقتراع في كل حالة (الافتراضي 1000000)</translation>
    </message>
    <message>
        <source>seed of the ballot generator</source>
        <translation>بذرة مولِّد أوراق الاقتراع</translation>
    </message>
    <message>
        <source>create roles, database and schema, then migrate</source>
        <translation>إنشاء الأدوار وقاعدة البيانات والمخطط، ثم تطبيق الترحيلات</translation>
    </message>
    <message>
        <source>read the password of the elect_service login (for &quot;elect serve&quot;) from file descriptor N</source>
        <translation>قراءة كلمة مرور اسم الدخول elect_service (للأمر &quot;elect serve&quot;) من واصف الملف N</translation>
    </message>
    <message>
        <source>--service-password-fd needs a file descriptor number</source>
        <translation>يحتاج --service-password-fd إلى رقم واصف ملف</translation>
    </message>
    <message>
        <source>apply pending migrations</source>
        <translation>تطبيق الترحيلات المعلَّقة</translation>
    </message>
    <message>
        <source>list applied and pending migrations</source>
        <translation>عرض الترحيلات المطبَّقة والمعلَّقة</translation>
    </message>
    <message>
        <source>create the demo on the embedded server and say how to use it</source>
        <translation>إنشاء العرض التجريبي على الخادم المدمج وشرح طريقة استخدامه</translation>
    </message>
    <message>
        <source>leave out the hint to open the admin app</source>
        <translation>عدم عرض التلميح الخاص بفتح تطبيق الإدارة</translation>
    </message>
    <message>
        <source>create a draft election (--as an organization&apos;s owner or admin)</source>
        <translation>إنشاء مسودة انتخابات (باستخدام --as بحساب مالك المؤسسة أو أحد مسؤوليها)</translation>
    </message>
    <message>
        <source>the election&apos;s title</source>
        <translation>عنوان الانتخابات</translation>
    </message>
    <message>
        <source>simple (default), district, governorate_based or api_managed</source>
        <translation>simple (الافتراضي) أو district أو governorate_based أو api_managed</translation>
    </message>
    <message>
        <source>counting method: block (default), approval, irv, stv, referendum</source>
        <translation>طريقة الفرز: block (الافتراضي) أو approval أو irv أو stv أو referendum</translation>
    </message>
    <message>
        <source>seats to fill (default 1)</source>
        <translation>عدد المقاعد المطلوب شغلها (الافتراضي 1)</translation>
    </message>
    <message>
        <source>choices on a ballot (default: the seats)</source>
        <translation>عدد الاختيارات في ورقة الاقتراع (الافتراضي: عدد المقاعد)</translation>
    </message>
    <message>
        <source>when voting opens, an ISO time such as 2027-03-01T08:00:00+02:00</source>
        <translation>وقت بدء التصويت، بصيغة ISO مثل 2027-03-01T08:00:00+02:00</translation>
    </message>
    <message>
        <source>when voting closes, an ISO time</source>
        <translation>وقت انتهاء التصويت، بصيغة ISO</translation>
    </message>
    <message>
        <source>api_managed: the organization&apos;s eligibility API</source>
        <translation>api_managed: واجهة API الخاصة بالمؤسسة لتحديد الأهلية</translation>
    </message>
    <message>
        <source>how many voters are expected (default 0)</source>
        <translation>عدد الناخبين المتوقع (الافتراضي 0)</translation>
    </message>
    <message>
        <source>list elections (--as an organization&apos;s owner or admin, or a system admin)</source>
        <translation>عرض الانتخابات (باستخدام --as بحساب مالك المؤسسة أو أحد مسؤوليها، أو بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>load voters or candidates from a CSV into a draft election, all or nothing</source>
        <translation>تحميل الناخبين أو المرشحين من ملف CSV إلى مسودة انتخابات، إما كلهم أو لا شيء</translation>
    </message>
    <message>
        <source>the draft election to load into</source>
        <translation>مسودة الانتخابات المراد التحميل إليها</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: detected)</source>
        <translation>ترميز الملف (الافتراضي: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <source>the field separator: , or ; or tab (default: detected)</source>
        <translation>فاصل الحقول: , أو ; أو tab (الافتراضي: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <source>only check the file against the database and report; write nothing</source>
        <translation>فحص الملف مقابل قاعدة البيانات وعرض تقرير فقط، دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>voters or candidates</source>
        <translation>voters أو candidates</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <source>accept a registered organization (--as a system admin)</source>
        <translation>قبول مؤسسة مسجلة (باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation>معرّف المؤسسة (انظر &quot;elect org list&quot;)</translation>
    </message>
    <message>
        <source>list organizations (--as a system admin)</source>
        <translation>عرض المؤسسات (باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>only those waiting to be accepted or rejected</source>
        <translation>المؤسسات التي تنتظر القبول أو الرفض فقط</translation>
    </message>
    <message>
        <source>the owner&apos;s email</source>
        <translation>البريد الإلكتروني للمالك</translation>
    </message>
    <message>
        <source>the owner&apos;s first name</source>
        <translation>الاسم الأول للمالك</translation>
    </message>
    <message>
        <source>the owner&apos;s last name</source>
        <translation>اسم عائلة المالك</translation>
    </message>
    <message>
        <source>the organization&apos;s name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>the organization&apos;s country (ISO code)</source>
        <translation>بلد المؤسسة (رمز ISO)</translation>
    </message>
    <message>
        <source>reject a registered organization, saying why (--as a system admin)</source>
        <translation>رفض مؤسسة مسجلة مع ذكر السبب (باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>why it is rejected; the organization is told</source>
        <translation>سبب الرفض؛ ويُبلَّغ للمؤسسة</translation>
    </message>
    <message>
        <source>verify an email: with the emailed code, or --as a system admin</source>
        <translation>التحقق من بريد إلكتروني: بالرمز المرسَل إليه، أو باستخدام --as بحساب مسؤول النظام</translation>
    </message>
    <message>
        <source>as a system admin: verify this account&apos;s email</source>
        <translation>بصفة مسؤول النظام: التحقق من البريد الإلكتروني لهذا الحساب</translation>
    </message>
    <message>
        <source>start the embedded server</source>
        <translation>تشغيل الخادم المدمج</translation>
    </message>
    <message>
        <source>say whether the embedded server runs (exit 1 when it does not)</source>
        <translation>بيان ما إذا كان الخادم المدمج يعمل (رمز الخروج 1 إن لم يكن يعمل)</translation>
    </message>
    <message>
        <source>stop the embedded server</source>
        <translation>إيقاف الخادم المدمج</translation>
    </message>
    <message>
        <source>create a system admin (as the superuser, or --as a system admin)</source>
        <translation>إنشاء مسؤول نظام (بصفة المستخدم الفائق superuser، أو باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>the new admin&apos;s email</source>
        <translation>البريد الإلكتروني للمسؤول الجديد</translation>
    </message>
    <message>
        <source>the new admin&apos;s first name</source>
        <translation>الاسم الأول للمسؤول الجديد</translation>
    </message>
    <message>
        <source>the new admin&apos;s last name</source>
        <translation>اسم عائلة المسؤول الجديد</translation>
    </message>
    <message>
        <source>count a BLT or CSV ballot file and print the winners and the rounds</source>
        <translation>فرز ملف أوراق اقتراع بصيغة BLT أو CSV وطباعة الفائزين والجولات</translation>
    </message>
    <message>
        <source>counting method: irv, stv, block, approval or referendum</source>
        <translation>طريقة الفرز: irv أو stv أو block أو approval أو referendum</translation>
    </message>
    <message>
        <source>seats to fill (default: the file&apos;s, else 1)</source>
        <translation>عدد المقاعد المطلوب شغلها (الافتراضي: ما في الملف، وإلا 1)</translation>
    </message>
    <message>
        <source>seed of the lot, to reproduce a count (default: a fresh one, printed)</source>
        <translation>بذرة القرعة، لإعادة إجراء الفرز نفسه (الافتراضي: بذرة جديدة تُطبع)</translation>
    </message>
    <message>
        <source>print the full result as JSON</source>
        <translation>طباعة النتيجة كاملة بصيغة JSON</translation>
    </message>
    <message>
        <source>read FILE as blt or csv whatever its extension</source>
        <translation>قراءة FILE بصيغة blt أو csv أيًّا كان امتداده</translation>
    </message>
    <message>
        <source>block: marks per ballot (default: seats)</source>
        <translation>block: عدد العلامات في كل ورقة اقتراع (الافتراضي: عدد المقاعد)</translation>
    </message>
    <message>
        <source>block: a ballot may mark fewer than N</source>
        <translation>block: يجوز أن تحمل ورقة الاقتراع علامات أقل من N</translation>
    </message>
    <message>
        <source>approval: fewest marks on a valid ballot (default 0)</source>
        <translation>approval: أقل عدد من العلامات في ورقة الاقتراع الصالحة (الافتراضي 0)</translation>
    </message>
    <message>
        <source>approval: most marks on a valid ballot (default: no limit)</source>
        <translation>approval: أكبر عدد من العلامات في ورقة الاقتراع الصالحة (الافتراضي: بلا حد)</translation>
    </message>
    <message>
        <source>referendum: simple (more than 1/2, default), two-thirds, three-fifths or P/Q (at least P/Q of yes + no)</source>
        <translation>referendum: simple (أكثر من 1/2، الافتراضي)، أو two-thirds، أو three-fifths، أو P/Q (ما لا يقل عن P/Q من مجموع نعم + لا)</translation>
    </message>
    <message>
        <source>referendum: turnout needed, as a share of --electorate</source>
        <translation>referendum: نسبة المشاركة المطلوبة، كحصة من --electorate</translation>
    </message>
    <message>
        <source>referendum: registered voters</source>
        <translation>referendum: عدد الناخبين المسجلين</translation>
    </message>
    <message>
        <source>the throwaway server refused its superuser</source>
        <translation>رفض الخادم المؤقت المستخدم الخارق (superuser) الخاص به</translation>
    </message>
    <message>
        <source>the demo&apos;s owner could not sign in</source>
        <translation>تعذّر تسجيل دخول مالك العرض التجريبي</translation>
    </message>
    <message>
        <source>cannot read the test file %1</source>
        <translation>تعذّرت قراءة ملف الاختبار %1</translation>
    </message>
    <message>
        <source>time one-time-code SMS through the outbox dispatcher to a local HTTP sink, in a throwaway server</source>
        <translation>قياس زمن إرسال رسائل SMS لرموز الاستخدام الواحد عبر موزّع صندوق الصادر إلى مستقبِل HTTP محلي، على خادم مؤقت</translation>
    </message>
    <message>
        <source>messages to send (default 100000)</source>
        <translation>عدد الرسائل المراد إرسالها (الافتراضي 100000)</translation>
    </message>
    <message>
        <source>messages claimed per pass (default 200)</source>
        <translation>عدد الرسائل التي تُسحب في كل دورة (الافتراضي 200)</translation>
    </message>
    <message>
        <source>--messages takes a number from 1 to 10000000</source>
        <translation>يقبل --messages عددًا من 1 إلى 10000000</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 1000</source>
        <translation>يقبل --batch عددًا من 1 إلى 1000</translation>
    </message>
    <message>
        <source>the service login could not connect</source>
        <translation>تعذّر الاتصال باسم دخول الخدمة</translation>
    </message>
    <message>
        <source>the HTTP sink could not listen</source>
        <translation>تعذّر على مستقبِل HTTP الاستماع</translation>
    </message>
    <message>
        <source>Sending %1 one-time codes, %2 per pass...</source>
        <translation>جارٍ إرسال %1 من رموز الاستخدام الواحد، %2 في كل دورة...</translation>
    </message>
    <message>
        <source>the benchmark&apos;s messages were not all sent (%1, %2; the sink saw %3)</source>
        <translation>لم تُرسَل كل رسائل قياس الأداء (%1، %2؛ استلم المستقبِل %3)</translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL on a Unix socket, no fsync; sink: HTTP/1.1 on 127.0.0.1, its own thread.</source>
        <translation>الخادم: PostgreSQL مدمج على مقبس Unix، دون fsync؛ المستقبِل: HTTP/1.1 على 127.0.0.1، في خيط مستقل.</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>رسالة/ث</translation>
    </message>
    <message>
        <source>(a) dispatcher to the sink, end to end</source>
        <translation>(a) من الموزّع إلى المستقبِل، من الطرف إلى الطرف</translation>
    </message>
    <message>
        <source>(b) baseline: the database&apos;s part (instant provider)</source>
        <translation>(b) خط الأساس: حصة قاعدة البيانات (مزوّد فوري)</translation>
    </message>
    <message>
        <source>(c) baseline: the HTTP part (no database)</source>
        <translation>(c) خط الأساس: حصة HTTP (دون قاعدة بيانات)</translation>
    </message>
    <message>
        <source>the database&apos;s share of (a): %1% (b/a)</source>
        <translation>حصة قاعدة البيانات من (a): %1% (b/a)</translation>
    </message>
    <message>
        <source>peak memory of this process: %1 MiB</source>
        <translation>ذروة استهلاك الذاكرة لهذه العملية: %1 MiB</translation>
    </message>
    <message>
        <source>cancel a draft, or a published election before it starts, refunding its charge (--as the organization&apos;s owner)</source>
        <translation>إلغاء مسودة انتخابات، أو انتخابات منشورة قبل بدئها، مع استرداد رسومها (باستخدام --as بحساب مالك المؤسسة)</translation>
    </message>
    <message>
        <source>the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation>معرّف الانتخابات (انظر &quot;elect election list&quot;)</translation>
    </message>
    <message>
        <source>election %1 needs the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation>يحتاج election %1 إلى معرّف الانتخابات (انظر &quot;elect election list&quot;)</translation>
    </message>
    <message>
        <source>Election %1 cancelled: %2 refunded to the wallet.</source>
        <translation>أُلغيت الانتخابات %1: أُعيد %2 إلى المحفظة.</translation>
    </message>
    <message>
        <source>Election %1 cancelled.</source>
        <translation>أُلغيت الانتخابات %1.</translation>
    </message>
    <message>
        <source>publish a draft election, paying for it from the wallet (--as the organization&apos;s owner)</source>
        <translation>نشر مسودة انتخابات ودفع رسومها من المحفظة (باستخدام --as بحساب مالك المؤسسة)</translation>
    </message>
    <message>
        <source>Election %1 published: %2 charged, %3 left in the wallet.</source>
        <translation>نُشرت الانتخابات %1: خُصم %2، والمتبقي في المحفظة %3.</translation>
    </message>
    <message>
        <source>Election %1 published, free of charge.</source>
        <translation>نُشرت الانتخابات %1 مجانًا.</translation>
    </message>
    <message>
        <source>list outgoing messages (--as a system admin or --as elect_service)</source>
        <translation>عرض الرسائل الصادرة (باستخدام --as بحساب مسؤول النظام أو --as elect_service)</translation>
    </message>
    <message>
        <source>only the messages given up</source>
        <translation>الرسائل التي تم التخلي عن إرسالها فقط</translation>
    </message>
    <message>
        <source>only messages of this kind (verify_email, voter_code_sms, ...)</source>
        <translation>الرسائل من هذا النوع فقط (verify_email، voter_code_sms، ...)</translation>
    </message>
    <message>
        <source>send a failed message again (--as a system admin or --as elect_service)</source>
        <translation>إعادة إرسال رسالة فشل إرسالها (باستخدام --as بحساب مسؤول النظام أو --as elect_service)</translation>
    </message>
    <message>
        <source>the message&apos;s id (see &quot;elect outbox list --failed&quot;)</source>
        <translation>معرّف الرسالة (انظر &quot;elect outbox list --failed&quot;)</translation>
    </message>
    <message>
        <source>outbox retry needs the message&apos;s id (see &quot;elect outbox list&quot;)</source>
        <translation>يحتاج outbox retry إلى معرّف الرسالة (انظر &quot;elect outbox list&quot;)</translation>
    </message>
    <message>
        <source>Message %1 will be sent again at the next run of elect serve.</source>
        <translation>ستُرسل الرسالة %1 مرة أخرى في التشغيل التالي لـ elect serve.</translation>
    </message>
    <message>
        <source>list what publishing an election costs by its number of voters (--as staff or a system admin)</source>
        <translation>عرض تكلفة نشر الانتخابات حسب عدد ناخبيها (باستخدام --as بحساب أحد الموظفين أو مسؤول النظام)</translation>
    </message>
    <message>
        <source>remove a pricing tier (--as a system admin)</source>
        <translation>حذف شريحة تسعير (باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>the tier&apos;s id (see &quot;elect pricing list&quot;)</source>
        <translation>معرّف الشريحة (انظر &quot;elect pricing list&quot;)</translation>
    </message>
    <message>
        <source>pricing remove needs the tier&apos;s id (see &quot;elect pricing list&quot;)</source>
        <translation>يحتاج pricing remove إلى معرّف الشريحة (انظر &quot;elect pricing list&quot;)</translation>
    </message>
    <message>
        <source>Pricing tier %1 removed.</source>
        <translation>حُذفت شريحة التسعير %1.</translation>
    </message>
    <message>
        <source>set the price of elections from --min voters (--as a system admin)</source>
        <translation>تحديد سعر الانتخابات التي يبلغ عدد ناخبيها --min فأكثر (باستخدام --as بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>the tier&apos;s lowest number of voters</source>
        <translation>أقل عدد من الناخبين في الشريحة</translation>
    </message>
    <message>
        <source>the tier&apos;s highest number of voters (default: no limit)</source>
        <translation>أكبر عدد من الناخبين في الشريحة (الافتراضي: بلا حد)</translation>
    </message>
    <message>
        <source>what publishing costs, such as 150 or 150.50 (0: free)</source>
        <translation>تكلفة النشر، مثل 150 أو 150.50 (0: مجانًا)</translation>
    </message>
    <message>
        <source>ISO currency code (default EGP)</source>
        <translation>رمز العملة وفق ISO (الافتراضي EGP)</translation>
    </message>
    <message>
        <source>pricing set needs --min, a number of voters (0 or more)</source>
        <translation>يحتاج pricing set إلى --min، وهو عدد من الناخبين (0 أو أكثر)</translation>
    </message>
    <message>
        <source>--max must be a number of voters</source>
        <translation>يجب أن تكون قيمة --max عددًا من الناخبين</translation>
    </message>
    <message>
        <source>pricing set needs --price, an amount in %1 such as 150 or 150.50 (0 for free)</source>
        <translation>يحتاج pricing set إلى --price، وهو مبلغ بعملة %1 مثل 150 أو 150.50 (0 للنشر المجاني)</translation>
    </message>
    <message>
        <source>Pricing tier %1 set: elections of %2 voters cost %3.</source>
        <translation>حُدّدت شريحة التسعير %1: تكلفة الانتخابات التي عدد ناخبيها %2 هي %3.</translation>
    </message>
    <message>
        <source>print the stored results of a counted election: candidate, votes, rank, won (--as the organization&apos;s owner or admin, or a system admin)</source>
        <translation>طباعة النتائج المحفوظة لانتخابات تم فرزها: المرشح، والأصوات، والترتيب، والفوز (باستخدام --as بحساب مالك المؤسسة أو أحد مسؤوليها، أو بحساب مسؤول النظام)</translation>
    </message>
    <message>
        <source>results needs the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation>يحتاج results إلى معرّف الانتخابات (انظر &quot;elect election list&quot;)</translation>
    </message>
    <message>
        <source>won</source>
        <translation>فائز</translation>
    </message>
    <message>
        <source>read the service&apos;s settings from FILE (mode 600; see docs/serve.md)</source>
        <translation>قراءة إعدادات الخدمة من FILE (بالصلاحيات 600؛ راجع docs/serve.md)</translation>
    </message>
    <message>
        <source>for trying Elect without provider accounts: write each SMS and email to FILE (mode 600) instead of sending it</source>
        <translation>لتجربة Elect دون حسابات لدى المزوّدين: كتابة كل رسالة SMS وكل بريد إلكتروني في FILE (بالصلاحيات 600) بدلًا من إرسالها</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, such as 127.0.0.1:8181.</source>
        <translation>يجب أن تكون قيمة --listen بالصيغة ADDRESS:PORT، مثل 127.0.0.1:8181.</translation>
    </message>
    <message>
        <source>run the service: send SMS and email, take Stripe&apos;s webhooks, close and count elections</source>
        <translation>تشغيل الخدمة: إرسال رسائل SMS والبريد الإلكتروني، واستقبال إشعارات webhook من Stripe، وإغلاق الانتخابات وفرزها</translation>
    </message>
    <message>
        <source>do what is due now, then exit (for cron and timers)</source>
        <translation>تنفيذ المهام المستحقة الآن ثم الخروج (لـ cron والمؤقّتات)</translation>
    </message>
    <message>
        <source>answer eligibility questions from dummy_voters at /dummy/ORGANIZATION/voters/ID</source>
        <translation>الإجابة عن استعلامات الأهلية من dummy_voters على /dummy/ORGANIZATION/voters/ID</translation>
    </message>
    <message>
        <source>the HTTP endpoint&apos;s address (default 127.0.0.1:8181)</source>
        <translation>عنوان نقطة نهاية HTTP (الافتراضي 127.0.0.1:8181)</translation>
    </message>
    <message>
        <source>log debug lines too</source>
        <translation>تسجيل أسطر التصحيح أيضًا</translation>
    </message>
    <message>
        <source>try the database and each configured provider; say what is wrong</source>
        <translation>اختبار قاعدة البيانات وكل مزوّد مُعدّ، وبيان موضع الخلل</translation>
    </message>
    <message>
        <source>The database accepts the service login as %1.</source>
        <translation>تقبل قاعدة البيانات اسم دخول الخدمة بصفة %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database lacks %n migration(s); run &quot;elect db migrate&quot;.</source>
        <translation>
            <numerusform>يلزم تطبيق %n ترحيل على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
            <numerusform>يلزم تطبيق %n ترحيل على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
            <numerusform>يلزم تطبيق %n ترحيلين على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
            <numerusform>يلزم تطبيق %n ترحيلات على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
            <numerusform>يلزم تطبيق %n ترحيلًا على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
            <numerusform>يلزم تطبيق %n ترحيل على قاعدة البيانات؛ شغّل &quot;elect db migrate&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMS provider: add [twilio] to the configuration, or no voter gets a code.</source>
        <translation>لا يوجد مزوّد لرسائل SMS: أضف [twilio] إلى الإعدادات، وإلا فلن يتلقى أي ناخب رمزًا.</translation>
    </message>
    <message>
        <source>SMS go to the file %1 (demo only).</source>
        <translation>تُكتب رسائل SMS في الملف %1 (للعرض التجريبي فقط).</translation>
    </message>
    <message>
        <source>No mail server: add [smtp] to the configuration, or no one can verify an email.</source>
        <translation>لا يوجد خادم بريد: أضف [smtp] إلى الإعدادات، وإلا فلن يتمكن أحد من تأكيد بريده الإلكتروني.</translation>
    </message>
    <message>
        <source>Email goes to the file %1 (demo only).</source>
        <translation>يُكتب البريد الإلكتروني في الملف %1 (للعرض التجريبي فقط).</translation>
    </message>
    <message>
        <source>show an organization&apos;s wallet: balance, movements, unpaid top-ups (--as its owner or an admin, or a system admin with --organization)</source>
        <translation>عرض محفظة مؤسسة: الرصيد، والحركات، وطلبات شحن الرصيد غير المدفوعة (باستخدام --as بحساب مالكها أو أحد مسؤوليها، أو بحساب مسؤول النظام مع --organization)</translation>
    </message>
    <message>
        <source>a system admin: the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation>لمسؤول النظام: معرّف المؤسسة (انظر &quot;elect org list&quot;)</translation>
    </message>
    <message>
        <source>--organization needs the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation>يحتاج --organization إلى معرّف المؤسسة (انظر &quot;elect org list&quot;)</translation>
    </message>
    <message>
        <source>Balance of organization %1: %2</source>
        <translation>رصيد المؤسسة %1: %2</translation>
    </message>
    <message>
        <source>election %1</source>
        <translation>الانتخابات %1</translation>
    </message>
    <message>
        <source>Top-up %1 of %2 waits for payment at %3</source>
        <translation>طلب شحن الرصيد %1 بمبلغ %2 بانتظار الدفع على %3</translation>
    </message>
    <message>
        <source>Top-up %1 of %2 is requested; its checkout page opens once elect serve has created it.</source>
        <translation>طُلب شحن الرصيد %1 بمبلغ %2؛ وستُتاح صفحة الدفع بعد أن ينشئها elect serve.</translation>
    </message>
    <message>
        <source>ask to pay money into the wallet through Stripe (--as the organization&apos;s owner)</source>
        <translation>طلب شحن رصيد المحفظة بالدفع عبر Stripe (باستخدام --as بحساب مالك المؤسسة)</translation>
    </message>
    <message>
        <source>in the wallet&apos;s currency, such as 1500 or 1500.50</source>
        <translation>بعملة المحفظة، مثل 1500 أو 1500.50</translation>
    </message>
    <message>
        <source>AMOUNT must be a positive amount in %1 such as 1500 or 1500.50, not &quot;%2&quot;</source>
        <translation>يجب أن يكون AMOUNT مبلغًا موجبًا بعملة %1 مثل 1500 أو 1500.50، وليس &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Top-up %1 of %2 requested.</source>
        <translation>طُلب شحن الرصيد %1 بمبلغ %2.</translation>
    </message>
    <message>
        <source>elect serve now opens a Stripe checkout page for it. Run &quot;elect wallet&quot; in a moment to see the page&apos;s address (or open the wallet in elect-admin), and pay there; the wallet is credited as soon as Stripe confirms the payment.</source>
        <translation>سيُنشئ elect serve الآن صفحة دفع في Stripe لهذا الطلب. شغّل &quot;elect wallet&quot; بعد لحظات لترى عنوان الصفحة (أو افتح المحفظة في elect-admin)، وادفع هناك؛ ويُضاف المبلغ إلى المحفظة بمجرد أن يؤكد Stripe الدفع.</translation>
    </message>
    <message>
        <source>the password is too easy to guess: %1 %2</source>
        <translation>كلمة المرور سهلة التخمين جدًا: %1 %2</translation>
    </message>
    <message>
        <source>make the key pair that signs audit checkpoints</source>
        <translation>إنشاء زوج المفاتيح الذي يوقّع نقاط التحقق في سجل التدقيق</translation>
    </message>
    <message>
        <source>write the private key to FILE (mode 600; for [audit] checkpoint_key on the service host only)</source>
        <translation>كتابة المفتاح الخاص في FILE (بالوضع 600؛ لاستخدامه في [audit] checkpoint_key على مضيف الخدمة فقط)</translation>
    </message>
    <message>
        <source>write the public key to FILE (for auditors)</source>
        <translation>كتابة المفتاح العام في FILE (للمدققين)</translation>
    </message>
    <message>
        <source>audit keygen needs --private FILE and --public FILE</source>
        <translation>يحتاج audit keygen إلى --private FILE و --public FILE</translation>
    </message>
    <message>
        <source>%1 exists already; choose another path.</source>
        <translation>%1 موجود بالفعل؛ اختر مسارًا آخر.</translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (mode 600): give it to elect serve as [audit] checkpoint_key and keep it nowhere else. Give the public key %2 to the auditors, for &quot;elect audit verify&quot;.</source>
        <translation>كُتب المفتاح الخاص في %1 (بالوضع 600): سلّمه إلى elect serve بوصفه [audit] checkpoint_key ولا تحتفظ به في أي مكان آخر. وسلّم المفتاح العام %2 إلى المدققين، لاستخدامه مع &quot;elect audit verify&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>حجم %1 أكبر من %2 MiB.</translation>
    </message>
    <message>
        <source>check the audit log against its signed checkpoints (--as a system admin or --as elect_service)</source>
        <translation>التحقق من سجل التدقيق بمقارنته بنقاط التحقق الموقّعة (باستخدام --as بحساب مسؤول النظام أو --as elect_service)</translation>
    </message>
    <message>
        <source>the checkpoint file elect serve wrote ([audit] checkpoint_file)</source>
        <translation>ملف نقاط التحقق الذي كتبه elect serve ([audit] checkpoint_file)</translation>
    </message>
    <message>
        <source>the public key of &quot;elect audit keygen&quot;</source>
        <translation>المفتاح العام الناتج عن &quot;elect audit keygen&quot;</translation>
    </message>
    <message>
        <source>--checkpoints and --public-key go together</source>
        <translation>يُستخدم --checkpoints و --public-key معًا</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation>ليس %1 مفتاحًا عامًا من نوع Ed25519 بصيغة PEM.</translation>
    </message>
    <message>
        <source>FOUND: %1</source>
        <translation>اكتُشف: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log was tampered with: %n finding(s) above.</source>
        <translation>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظة.</numerusform>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظة.</numerusform>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظتان.</numerusform>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظات.</numerusform>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظة.</numerusform>
            <numerusform>جرى العبث بسجل التدقيق: وردت أعلاه %n ملاحظة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows (up to row %2) follow from their content. Without --checkpoints this cannot show rows deleted at the end or a chain recomputed by the database&apos;s owner.</source>
        <translation>صفوف سجل التدقيق وعددها %1 (حتى الصف %2) متسقة مع محتواها. ودون --checkpoints لا يمكن لهذا الفحص كشف الصفوف المحذوفة من نهاية السجل، ولا سلسلة أعاد مالك قاعدة البيانات حسابها.</translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows (up to row %2) follow from their content and match all %3 signed checkpoints.</source>
        <translation>صفوف سجل التدقيق وعددها %1 (حتى الصف %2) متسقة مع محتواها، وتطابق جميع نقاط التحقق الموقّعة وعددها %3.</translation>
    </message>
    <message>
        <source>On a server of your own, add these lines to postgresql.conf and restart PostgreSQL, so that weak passwords are refused, each failed sign-in costs half a second, and a failed statement (which may carry a password) is not copied into the log:</source>
        <translation>على خادم خاص بك، أضف هذه الأسطر إلى postgresql.conf وأعد تشغيل PostgreSQL، حتى تُرفض كلمات المرور الضعيفة، وتكلّف كل محاولة دخول فاشلة نصف ثانية، ولا تُنسخ العبارة الفاشلة (التي قد تحتوي على كلمة مرور) إلى السجل:</translation>
    </message>
    <message>
        <source>turn a kiosk off at once: its login and open sessions end (--as the owner)</source>
        <translation>إيقاف كشك فورًا: يُعطَّل اسم دخوله وتنتهي جلساته المفتوحة (باستخدام --as بحساب المالك)</translation>
    </message>
    <message>
        <source>the kiosk&apos;s id</source>
        <translation>معرّف الكشك</translation>
    </message>
    <message>
        <source>%1 needs the kiosk&apos;s id</source>
        <translation>يحتاج %1 إلى معرّف الكشك</translation>
    </message>
    <message>
        <source>Kiosk %1 is on; it can sign in again.</source>
        <translation>الكشك %1 مُفعَّل؛ ويمكنه تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Kiosk %1 is off; it cannot sign in. Open sessions ended: %2.</source>
        <translation>الكشك %1 متوقف؛ ولا يمكنه تسجيل الدخول. عدد الجلسات المفتوحة التي أُنهيت: %2.</translation>
    </message>
    <message>
        <source>turn a kiosk that was turned off on again (--as the owner)</source>
        <translation>إعادة تفعيل كشك تم إيقافه (باستخدام --as بحساب المالك)</translation>
    </message>
    <message>
        <source>the registration API of elect serve (default http://127.0.0.1:8181, this machine&apos;s serve)</source>
        <translation>واجهة API للتسجيل في elect serve (الافتراضي http://127.0.0.1:8181، أي serve على هذا الجهاز)</translation>
    </message>
    <message>
        <source>register an organization and its owner through elect serve&apos;s registration API</source>
        <translation>تسجيل مؤسسة ومالكها عبر واجهة API للتسجيل في elect serve</translation>
    </message>
    <message>
        <source>Registration of %1 sent. If the email can be registered, a verification code is on its way to it: enter it with &quot;elect org verify&quot;; then a system admin accepts the organization.</source>
        <translation>أُرسل طلب تسجيل %1. إذا كان من الممكن تسجيل البريد الإلكتروني، فإن رمز التحقق في طريقه إليه: أدخله باستخدام &quot;elect org verify&quot;؛ ثم يقبل مسؤول النظام المؤسسة.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk event(s) since %1 wait for elect serve to seal them into the chain; they are not checked yet.</source>
        <translation>
            <numerusform>ينتظر %n حدث من الأكشاك منذ %1 أن يختمها elect serve في السلسلة؛ ولم يُتحقق منها بعد.</numerusform>
            <numerusform>ينتظر %n حدث من الأكشاك منذ %1 أن يختمه elect serve في السلسلة؛ ولم يُتحقق منه بعد.</numerusform>
            <numerusform>ينتظر %n حدثان من الأكشاك منذ %1 أن يختمهما elect serve في السلسلة؛ ولم يُتحقق منهما بعد.</numerusform>
            <numerusform>تنتظر %n أحداث من الأكشاك منذ %1 أن يختمها elect serve في السلسلة؛ ولم يُتحقق منها بعد.</numerusform>
            <numerusform>ينتظر %n حدثًا من الأكشاك منذ %1 أن يختمها elect serve في السلسلة؛ ولم يُتحقق منها بعد.</numerusform>
            <numerusform>ينتظر %n حدث من الأكشاك منذ %1 أن يختمها elect serve في السلسلة؛ ولم يُتحقق منها بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>time voters casting at many kiosks at once, in a throwaway server, with pgbench on the same server as the baseline</source>
        <translation>قياس زمن إدلاء الناخبين بأصواتهم في أكشاك كثيرة في آن واحد، على خادم مؤقت، مع pgbench على الخادم نفسه خطَّ أساس</translation>
    </message>
    <message>
        <source>kiosks voting at once, one connection each (default 32)</source>
        <translation>عدد الأكشاك التي تصوّت في آن واحد، باتصال واحد لكل منها (الافتراضي 32)</translation>
    </message>
    <message>
        <source>voters who cast (default 6400)</source>
        <translation>عدد الناخبين الذين يدلون بأصواتهم (الافتراضي 6400)</translation>
    </message>
    <message>
        <source>how long pgbench runs (default 20)</source>
        <translation>مدة تشغيل pgbench (الافتراضي 20)</translation>
    </message>
    <message>
        <source>--kiosks takes a number from 1 to 64</source>
        <translation>يقبل --kiosks عددًا من 1 إلى 64</translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 1000000</source>
        <translation>يقبل --voters عددًا من 1 إلى 1000000</translation>
    </message>
    <message>
        <source>--pgbench-seconds takes a number from 1 to 600</source>
        <translation>يقبل --pgbench-seconds عددًا من 1 إلى 600</translation>
    </message>
    <message>
        <source>Opened a block vote (%1 marks) for %2 voters; the kiosks&apos; lookup limit is lifted for the benchmark.</source>
        <translation>فُتحت انتخابات بطريقة block (عدد العلامات: %1) لعدد %2 من الناخبين؛ ورُفع حد الاستعلامات المفروض على الأكشاك لأغراض قياس الأداء.</translation>
    </message>
    <message>
        <source>Voting: %1 kiosks, %2 voters...</source>
        <translation>جارٍ التصويت: عدد الأكشاك %1، وعدد الناخبين %2...</translation>
    </message>
    <message>
        <source>a dispatcher pass failed</source>
        <translation>فشلت إحدى دورات الموزّع</translation>
    </message>
    <message>
        <source>the benchmark went wrong: %1 of %2 voters cast, %3 ballots and %4 voting records stored, audit chain intact: %5; first problem: %6</source>
        <translation>لم يسر قياس الأداء كما ينبغي: أدلى %1 من أصل %2 من الناخبين بأصواتهم، وعدد أوراق الاقتراع المحفوظة %3، وعدد سجلات التصويت المحفوظة %4، وسلسلة التدقيق سليمة: %5؛ أول مشكلة: %6</translation>
    </message>
    <message>
        <source>Baseline: pgbench -N, %1 clients, %2 s...</source>
        <translation>خط الأساس: pgbench -N، عدد العملاء %1، لمدة %2 ثانية...</translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL on a Unix socket, no fsync, on this machine&apos;s %1 cores, shared with this process&apos;s %2 kiosks and elect serve.</source>
        <translation>الخادم: PostgreSQL مدمج على مقبس Unix، دون fsync، على أنوية هذا الجهاز وعددها %1، ويتشاركها مع أكشاك هذه العملية وعددها %2 ومع elect serve.</translation>
    </message>
    <message>
        <source>(1) The whole way, one voter after another at each kiosk: identify, the code&apos;s SMS through the outbox, verify, ballot, cast.</source>
        <translation>(1) المسار كاملًا، ناخب تلو الآخر في كل كشك: التعريف بالهوية، ثم رسالة SMS بالرمز عبر صندوق الصادر، ثم التحقق، ثم ورقة الاقتراع، ثم الإدلاء بالصوت.</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>الناخبون</translation>
    </message>
    <message>
        <source>voters per second (a1)</source>
        <translation>الناخبون في الثانية (a1)</translation>
    </message>
    <message>
        <source>id typed to receipt p50 / p99 (ms)</source>
        <translation>من كتابة الرقم القومي حتى الإيصال p50 / p99 (ms)</translation>
    </message>
    <message>
        <source>cast p50 / p99 (ms)</source>
        <translation>الإدلاء بالصوت p50 / p99 (ms)</translation>
    </message>
    <message>
        <source>database transactions per second</source>
        <translation>معاملات قاعدة البيانات في الثانية</translation>
    </message>
    <message>
        <source>(2) Casts alone: every kiosk&apos;s verified voters cast at once, one transaction each.</source>
        <translation>(2) الإدلاء بالأصوات وحده: يدلي الناخبون المتحقَّق منهم في كل كشك بأصواتهم في آن واحد، بمعاملة واحدة لكل منهم.</translation>
    </message>
    <message>
        <source>casts</source>
        <translation>الأصوات المُدلى بها</translation>
    </message>
    <message>
        <source>casts per second (a2)</source>
        <translation>الأصوات المُدلى بها في الثانية (a2)</translation>
    </message>
    <message>
        <source>baseline: pgbench -N tps (b), same clients</source>
        <translation>خط الأساس: pgbench -N tps (b)، بالعملاء أنفسهم</translation>
    </message>
    <message>
        <source>casts a2/b (target at least 0.5)</source>
        <translation>الإدلاء بالأصوات a2/b (الهدف: 0.5 على الأقل)</translation>
    </message>
    <message>
        <source>whole voters a1/b</source>
        <translation>المسار الكامل للناخبين a1/b</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>سلسلة التدقيق</translation>
    </message>
    <message>
        <source>%1 rows, intact after sealing</source>
        <translation>عدد الصفوف %1، وهي سليمة بعد الختم</translation>
    </message>
    <message>
        <source>peak memory of this process (MiB)</source>
        <translation>ذروة استهلاك الذاكرة لهذه العملية (MiB)</translation>
    </message>
    <message>
        <source>ratio (a)/(b): %1 (target: at most 1.3)</source>
        <translation>النسبة (a)/(b): %1 (الهدف: 1.3 على الأكثر)</translation>
    </message>
    <message>
        <source>time elect-admin&apos;s voters list on a large election (first rows, scrolling, memory), in a throwaway embedded server</source>
        <translation>قياس زمن قائمة الناخبين في elect-admin لانتخابات كبيرة (الصفوف الأولى، والتمرير، والذاكرة)، على خادم مدمج مؤقت</translation>
    </message>
    <message>
        <source>voters (default 1000000)</source>
        <translation>عدد الناخبين (الافتراضي 1000000)</translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 100000000</source>
        <translation>يقبل --voters عددًا من 1 إلى 100000000</translation>
    </message>
    <message>
        <source>%1 is not installed beside elect; it comes with elect-admin.</source>
        <translation>%1 غير مثبَّت بجوار elect؛ فهو يأتي مع elect-admin.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>توقف %1 على نحو غير متوقع</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>أُوقف الاستيراد. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The import had already finished when it was asked to stop; it is kept.</source>
        <translation>كان الاستيراد قد انتهى بالفعل عندما طُلب إيقافه؛ وقد احتُفظ به.</translation>
    </message>
    <message>
        <source>Where (a)&apos;s %1 s went:</source>
        <translation>توزُّع زمن (a) البالغ %1 s:</translation>
    </message>
    <message>
        <source>  reading and checking the file: %1 s, of which %2 s waiting for the server</source>
        <translation>  قراءة الملف والتحقق منه: %1 s، منها %2 s في انتظار الخادم</translation>
    </message>
    <message>
        <source>  meanwhile, chunks streamed with COPY: %1 s; hashed and inserted: %2 s</source>
        <translation>  في الأثناء، بثّ الأجزاء عبر COPY: %1 s؛ وحساب التجزئة والإدراج: %2 s</translation>
    </message>
    <message>
        <source>  after the last chunk (checks, audit, commit): %1 s</source>
        <translation>  بعد الجزء الأخير (التحقق، والتدقيق، والإيداع): %1 s</translation>
    </message>
    <message>
        <source>Server CPU time: (a) %1 s, (b) %2 s, (c) %3 s; (a)/(b): %4</source>
        <translation>زمن معالج الخادم (CPU): (a) %1 s، (b) %2 s، (c) %3 s؛ (a)/(b): %4</translation>
    </message>
</context>
<context>
    <name>Elect::Connection</name>
    <message>
        <source>Not connected to the database server. Elect is trying to reconnect; try again in a moment.</source>
        <translation>غير متصل بخادم قاعدة البيانات. يحاول Elect إعادة الاتصال؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Elect is reconnecting by itself.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات. يعيد Elect الاتصال تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>Elect::ConnectionSettings</name>
    <message>
        <source>socket %1</source>
        <translation>المقبس ⁦%1⁩</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>المنفذ %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>قاعدة البيانات ⁦%1⁩</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a server address</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Elect::Crypto</name>
    <message>
        <source>OpenSSL could not %1.</source>
        <translation>لم يتمكن OpenSSL من %1.</translation>
    </message>
    <message>
        <source>make an Ed25519 key</source>
        <translation>إنشاء مفتاح Ed25519</translation>
    </message>
    <message>
        <source>write an Ed25519 key</source>
        <translation>كتابة مفتاح Ed25519</translation>
    </message>
    <message>
        <source>The file is not an Ed25519 private key in PEM form.</source>
        <translation>ليس الملف مفتاحًا خاصًا من نوع Ed25519 بصيغة PEM.</translation>
    </message>
    <message>
        <source>sign with an Ed25519 key</source>
        <translation>التوقيع بمفتاح Ed25519</translation>
    </message>
</context>
<context>
    <name>Elect::Csv</name>
    <message>
        <source>There is no election %1 in your organization. Check the election&apos;s number (elect election list).</source>
        <translation>لا توجد انتخابات برقم %1 في مؤسستك. تحقق من رقم الانتخابات (elect election list).</translation>
    </message>
    <message>
        <source>This election is already published, so its voters and candidates can no longer change. Only a draft election accepts an import.</source>
        <translation>هذه الانتخابات منشورة بالفعل، لذا لم يعد من الممكن تغيير ناخبيها ومرشحيها. لا يمكن الاستيراد إلا إلى انتخابات في حالة مسودة.</translation>
    </message>
    <message>
        <source>This election asks your organization&apos;s API who may vote, so it takes no voter list.</source>
        <translation>تستعلم هذه الانتخابات من واجهة API الخاصة بمؤسستك عمّن يحق له التصويت، لذا لا تقبل قائمة ناخبين.</translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner or its administrators can import.</source>
        <translation>لا يمكن الاستيراد إلا لمالك المؤسسة أو مسؤوليها.</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>الرقم القومي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز الانتخابي</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>السطر %1: </translation>
    </message>
    <message>
        <source>A phone number in international form has 8 to 15 digits with its country code; this one has %1. Check for missing or extra digits.</source>
        <translation>يتكون رقم الهاتف بالصيغة الدولية من 8 إلى 15 رقمًا مع رمز البلد؛ وعدد أرقام هذا الرقم %1. تحقق من وجود أرقام ناقصة أو زائدة.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>رقم الهاتف فارغ.</translation>
    </message>
    <message>
        <source>Excel has turned this phone number into scientific notation and lost digits. Format the column as Text in Excel, enter the numbers again, and save.</source>
        <translation>حوّل Excel رقم الهاتف هذا إلى الصيغة العلمية وفُقدت بعض أرقامه. نسّق العمود كنص (Text) في Excel، وأدخل الأرقام مرة أخرى، ثم احفظ الملف.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation>لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات وشرطات ونقاط وأقواس وعلامة + في بدايته.</translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation>لا يحتوي رقم الهاتف على أي أرقام.</translation>
    </message>
    <message>
        <source>After the country code +%1, a phone number has %2 to %3 digits; this one has %4. Check for missing or extra digits.</source>
        <translation>بعد رمز البلد +%1، يتراوح عدد أرقام رقم الهاتف بين %2 و %3؛ وعدد أرقام هذا الرقم %4. تحقق من وجود أرقام ناقصة أو زائدة.</translation>
    </message>
    <message>
        <source>This phone number has no country code and the organization&apos;s country (%1) is not one Elect knows the numbering of. Write it in international form, starting with + and the country code.</source>
        <translation>لا يحتوي رقم الهاتف هذا على رمز البلد، وبلد المؤسسة (%1) ليس من البلدان التي يعرف Elect نظام ترقيمها. اكتبه بالصيغة الدولية، بادئًا بعلامة + ثم رمز البلد.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>A phone number in %1 has %2 to %3 digits after the leading %4 (or write it with +%5); this one has %6. Check for missing or extra digits.</source>
        <translation>يتراوح عدد أرقام رقم الهاتف في %1 بين %2 و %3 بعد البادئة %4 (أو اكتبه مع +%5)؛ وعدد أرقام هذا الرقم %6. تحقق من وجود أرقام ناقصة أو زائدة.</translation>
    </message>
    <message>
        <source>A phone number in %1 has %2 to %3 digits (or write it with +%4); this one has %5. Check for missing or extra digits.</source>
        <translation>يتراوح عدد أرقام رقم الهاتف في %1 بين %2 و %3 (أو اكتبه مع +%4)؛ وعدد أرقام هذا الرقم %5. تحقق من وجود أرقام ناقصة أو زائدة.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; must be a plain file name (photo.jpg), without folders or &quot;..&quot;, in the same folder as the CSV file.</source>
        <translation>يجب أن تكون الصورة &quot;%1&quot; اسم ملف فقط (photo.jpg)، دون مجلدات أو &quot;..&quot;، وأن تكون في المجلد نفسه الذي يحتوي ملف CSV.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is not in the folder %2. Put it next to the CSV file or correct the name.</source>
        <translation>الصورة &quot;%1&quot; غير موجودة في المجلد %2. ضعها بجانب ملف CSV أو صحّح الاسم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file; give the file name of a photo.</source>
        <translation>&quot;%1&quot; ليس ملفًا عاديًا؛ أدخل اسم ملف صورة.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; links to a file outside the CSV&apos;s folder; copy the photo itself there.</source>
        <translation>الصورة &quot;%1&quot; رابط إلى ملف خارج مجلد ملف CSV؛ انسخ الصورة نفسها إلى ذلك المجلد.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is larger than 5 MB; save it smaller (for example 1024 pixels wide, JPEG).</source>
        <translation>حجم الصورة &quot;%1&quot; أكبر من 5 ميغابايت؛ احفظها بحجم أصغر (مثلًا بعرض 1024 بكسل وبصيغة JPEG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Elect can read. Use a JPEG, PNG or WebP photo.</source>
        <translation>&quot;%1&quot; ليس صورة يستطيع Elect قراءتها. استخدم صورة بصيغة JPEG أو PNG أو WebP.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is a %2 image; save it as JPEG or PNG.</source>
        <translation>الصورة &quot;%1&quot; بصيغة %2؛ احفظها بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2x%3 pixels; at most %4x%4 is accepted. Scale it down.</source>
        <translation>أبعاد الصورة &quot;%1&quot; هي %2x%3 بكسل؛ والحد الأقصى المقبول %4x%4. صغّر أبعادها.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be decoded; the file is damaged or not really a %2. Save it again as JPEG or PNG.</source>
        <translation>تعذّر فك ترميز الصورة &quot;%1&quot;؛ فالملف تالف أو ليس في الحقيقة بصيغة %2. احفظها مرة أخرى بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2x%3 pixels; at least %4x%4 is needed. Use a larger photo.</source>
        <translation>أبعاد الصورة &quot;%1&quot; هي %2x%3 بكسل؛ والحد الأدنى المطلوب %4x%4. استخدم صورة أكبر.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be re-encoded (%2).</source>
        <translation>تعذّرت إعادة ترميز الصورة &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>This date looks month first (mm/dd/yyyy); Elect reads dates day first (dd/mm/yyyy). Write it as yyyy-mm-dd to avoid any doubt.</source>
        <translation>يبدو أن هذا التاريخ يبدأ بالشهر (mm/dd/yyyy)؛ بينما يقرأ Elect التواريخ بدءًا باليوم (dd/mm/yyyy). اكتبه بالصيغة yyyy-mm-dd لتجنب أي لبس.</translation>
    </message>
    <message>
        <source>Excel has stored this date as a number. Format the column as a date (yyyy-mm-dd) or as Text in Excel, and save again.</source>
        <translation>خزّن Excel هذا التاريخ كرقم. نسّق العمود في Excel كتاريخ (yyyy-mm-dd) أو كنص (Text)، ثم احفظ الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>A date is written yyyy-mm-dd (1980-03-25) or dd/mm/yyyy (25/03/1980).</source>
        <translation>يُكتب التاريخ بالصيغة yyyy-mm-dd (1980-03-25) أو dd/mm/yyyy (25/03/1980).</translation>
    </message>
    <message>
        <source>This date does not exist; check the day and the month.</source>
        <translation>هذا التاريخ غير موجود؛ تحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>A date before 1900 is not accepted; check the year.</source>
        <translation>لا يُقبل تاريخ قبل عام 1900؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>This date is in the future; check the year.</source>
        <translation>هذا التاريخ في المستقبل؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>It looks like Arabic Windows text (%1).</source>
        <translation>يبدو أنه نص عربي بترميز Windows (%1).</translation>
    </message>
    <message>
        <source>It looks like Western European Windows text (%1 or iso-8859-1).</source>
        <translation>يبدو أنه نص بترميز Windows لأوروبا الغربية (%1 أو iso-8859-1).</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text. %1 Import it again with that encoding chosen (--encoding %2), or save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>الملف ليس نصًا صالحًا بترميز UTF-8. %1 استورده مرة أخرى مع اختيار ذلك الترميز (--encoding %2)، أو احفظه من Excel بصيغة &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation>تعذّرت قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>the file could not be opened (%1).</source>
        <translation>تعذّر فتح الملف (%1).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation>ترميز غير معروف &quot;%1&quot;. اختر أحد الترميزات التالية: %2.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter; choose a comma, a semicolon or a tab.</source>
        <translation>لا يمكن أن يكون الفاصل علامة اقتباس أو نهاية سطر؛ اختر الفاصلة أو الفاصلة المنقوطة أو علامة الجدولة (tab).</translation>
    </message>
    <message>
        <source>the file is empty. Its first line must name the columns.</source>
        <translation>الملف فارغ. يجب أن يحتوي سطره الأول على أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>a record is longer than %1 characters; most likely a quote is never closed. Check the quotes from this line on.</source>
        <translation>طول أحد السجلات أكثر من %1 من الأحرف؛ والأرجح أن علامة اقتباس لم تُغلق. تحقق من علامات الاقتباس بدءًا من هذا السطر.</translation>
    </message>
    <message>
        <source>a quoted value starts here but its closing quote (&quot;) is missing. Close the quote, or remove it if the value has no delimiter or line break inside.</source>
        <translation>تبدأ هنا قيمة مقتبسة لكن علامة اقتباس الإغلاق (&quot;) مفقودة. أغلق علامة الاقتباس، أو احذفها إذا لم تكن القيمة تحتوي على الفاصل أو على نهاية سطر.</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a value. Inside a quoted value, write a quote as two quotes (&quot;&quot;).</source>
        <translation>نص غير متوقع بعد علامة اقتباس الإغلاق لإحدى القيم. داخل القيمة المقتبسة، اكتب علامة الاقتباس مرتين (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: </source>
        <translation>السطر %1، العمود %2: </translation>
    </message>
    <message>
        <source>Column %1: </source>
        <translation>العمود %1: </translation>
    </message>
    <message>
        <source> (value %1)</source>
        <translation> (القيمة %1)</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... و %1 من المشكلات الأخرى</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>national id</source>
        <translation>الرقم القومي</translation>
    </message>
    <message>
        <source>This voter is already in the election. Remove the row, or remove the voter from the election first.</source>
        <translation>هذا الناخب مضاف إلى الانتخابات بالفعل. احذف الصف، أو احذف الناخب من الانتخابات أولًا.</translation>
    </message>
    <message>
        <source>This candidate is already in the election. Remove the row.</source>
        <translation>هذا المرشح مضاف إلى الانتخابات بالفعل. احذف الصف.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>No candidate of this election stands in %1 (%2 voters). Import the candidates first, or check the spelling.</source>
        <translation>لا يوجد مرشح لهذه الانتخابات في %1 (عدد الناخبين: %2). استورد المرشحين أولًا، أو تحقق من الإملاء.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>An API-managed election has no voter list: the organization&apos;s API says who may vote. There is nothing to import; import candidates only.</source>
        <translation>لا توجد قائمة ناخبين للانتخابات التي تُدار عبر واجهة API: فواجهة API الخاصة بالمؤسسة هي التي تحدد من يحق له التصويت. لا يوجد ما يُستورد؛ استورد المرشحين فقط.</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both hold the %3. Keep one of them.</source>
        <translation>العمودان &quot;%1&quot; و &quot;%2&quot; يحتويان كلاهما على %3. أبقِ أحدهما فقط.</translation>
    </message>
    <message>
        <source>The whole header was read as one column: choose the delimiter the file uses (comma, semicolon or tab).</source>
        <translation>قُرئ صف العناوين كله كعمود واحد: اختر الفاصل الذي يستخدمه الملف (فاصلة أو فاصلة منقوطة أو علامة جدولة).</translation>
    </message>
    <message>
        <source>This required column is missing. The header has: %1. Name the column one of: %2.</source>
        <translation>هذا العمود المطلوب مفقود. يحتوي صف العناوين على: %1. سمِّ العمود بأحد هذه الأسماء: %2.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The file&apos;s header names a column twice.</source>
        <translation>يذكر صف العناوين في الملف أحد الأعمدة مرتين.</translation>
    </message>
    <message>
        <source>The file&apos;s header lacks required columns: %1.</source>
        <translation>يفتقد صف العناوين في الملف أعمدة مطلوبة: %1.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2 columns. A value that contains the delimiter must be in quotes.</source>
        <translation>عدد قيم هذا الصف %1، لكن عدد أعمدة صف العناوين %2. يجب وضع القيمة التي تحتوي على الفاصل بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>The national id is empty. Every row needs one; fill it in or remove the row.</source>
        <translation>الرقم القومي فارغ. يجب أن يحتوي كل صف على رقم قومي؛ املأه أو احذف الصف.</translation>
    </message>
    <message>
        <source>Excel has turned this national id into scientific notation and lost digits. Format the column as Text in Excel, enter the ids again, and save.</source>
        <translation>حوّل Excel هذا الرقم القومي إلى الصيغة العلمية وفُقدت بعض أرقامه. نسّق العمود كنص (Text) في Excel، وأدخل الأرقام القومية مرة أخرى، ثم احفظ الملف.</translation>
    </message>
    <message>
        <source>This national id already appears on line %1. List each person once; remove one of the rows.</source>
        <translation>هذا الرقم القومي موجود بالفعل في السطر %1. اذكر كل شخص مرة واحدة فقط؛ احذف أحد الصفين.</translation>
    </message>
    <message>
        <source>This required cell is empty. Fill it in or remove the row.</source>
        <translation>هذه الخلية المطلوبة فارغة. املأها أو احذف الصف.</translation>
    </message>
    <message>
        <source>This value is longer than %1 characters; shorten it.</source>
        <translation>طول هذه القيمة أكثر من %1 من الأحرف؛ اختصرها.</translation>
    </message>
    <message>
        <source>The phone number is empty. Every voter needs one to receive the voting code.</source>
        <translation>رقم الهاتف فارغ. يحتاج كل ناخب إلى رقم هاتف لاستلام رمز التصويت.</translation>
    </message>
    <message>
        <source>Give only the photo&apos;s file name (photo.jpg), without folders or &quot;..&quot;; the photo must be in the same folder as this file.</source>
        <translation>أدخل اسم ملف الصورة فقط (photo.jpg)، دون مجلدات أو &quot;..&quot;؛ ويجب أن تكون الصورة في المجلد نفسه الذي يحتوي هذا الملف.</translation>
    </message>
    <message>
        <source>a quote inside a value that does not start with one. Quote the whole value and write the quote as two quotes (&quot;&quot;).</source>
        <translation>توجد علامة اقتباس داخل قيمة لا تبدأ بعلامة اقتباس. ضع القيمة كلها بين علامتي اقتباس، واكتب علامة الاقتباس مرتين (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was changed.</source>
        <translation>انقطع الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The one voter in this file is already in the election; nothing to import.</source>
        <translation>الناخب الوحيد في هذا الملف موجود بالفعل في الانتخابات؛ لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>The one candidate in this file is already in the election; nothing to import.</source>
        <translation>المرشح الوحيد في هذا الملف موجود بالفعل في الانتخابات؛ لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>All %1 voters in this file are already in the election; nothing to import.</source>
        <translation>جميع الناخبين في هذا الملف (%1) موجودون بالفعل في الانتخابات؛ لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>All %1 candidates in this file are already in the election; nothing to import.</source>
        <translation>جميع المرشحين في هذا الملف (%1) موجودون بالفعل في الانتخابات؛ لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>... and 1 more voter already in the election.</source>
        <translation>... وناخب آخر موجود بالفعل في الانتخابات.</translation>
    </message>
    <message>
        <source>... and 1 more candidate already in the election.</source>
        <translation>... ومرشح آخر موجود بالفعل في الانتخابات.</translation>
    </message>
    <message>
        <source>... and %1 more voters already in the election.</source>
        <translation>... و%1 ناخبين آخرين موجودين بالفعل في الانتخابات.</translation>
    </message>
    <message>
        <source>... and %1 more candidates already in the election.</source>
        <translation>... و%1 مرشحين آخرين موجودين بالفعل في الانتخابات.</translation>
    </message>
</context>
<context>
    <name>Elect::DashboardPage</name>
    <message>
        <source>No election is running or scheduled right now. Published elections appear here until their voting ends.</source>
        <translation>لا توجد انتخابات جارية أو مجدولة الآن. تظهر الانتخابات المنشورة هنا حتى ينتهي التصويت فيها.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Active elections</source>
        <translation>الانتخابات النشطة</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Not updated: see the message above.</source>
        <translation>لم يُحدَّث: انظر الرسالة أعلاه.</translation>
    </message>
    <message>
        <source>Updated at %1; every 30 seconds while shown (F5 now). A kiosk counts as online while it holds a connection to the server.</source>
        <translation>حُدِّث في %1؛ ويُحدَّث كل 30 ثانية ما دام معروضًا (F5 للتحديث الآن). يُعدّ الكشك متصلًا ما دام يحتفظ باتصال بالخادم.</translation>
    </message>
</context>
<context>
    <name>Elect::Database</name>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This account cannot sign in yet. Verify your email address with the link we sent you; an organization can sign in once a system administrator has accepted it.</source>
        <translation>لا يمكن لهذا الحساب تسجيل الدخول بعد. أكّد عنوان بريدك الإلكتروني عبر الرابط الذي أرسلناه إليك؛ ويمكن للمؤسسة تسجيل الدخول بعد أن يقبلها مسؤول النظام.</translation>
    </message>
    <message>
        <source>The server has no Elect database yet. Ask your IT staff to run &quot;elect db init&quot;.</source>
        <translation>لا توجد قاعدة بيانات Elect على الخادم بعد. اطلب من فريق تقنية المعلومات تشغيل &quot;elect db init&quot;.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a minute.</source>
        <translation>الخادم مشغول. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>Cannot reach the database server (%1). Check the server address and that it is running, then try again.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات (%1). تحقق من عنوان الخادم ومن أنه يعمل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Check the network and try again.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات. تحقق من الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database reported an unexpected problem: %1</source>
        <translation>أبلغت قاعدة البيانات عن مشكلة غير متوقعة: %1</translation>
    </message>
    <message>
        <source>Your account may not do this. Sign in with an account that may, or ask your organization&apos;s owner.</source>
        <translation>لا يملك حسابك صلاحية تنفيذ هذا الإجراء. سجّل الدخول بحساب يملك الصلاحية، أو اطلب ذلك من مالك مؤسستك.</translation>
    </message>
    <message>
        <source>Only a system administrator may do this.</source>
        <translation>لا يملك صلاحية هذا الإجراء إلا مسؤول النظام.</translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner may do this, once the organization is accepted.</source>
        <translation>لا يملك صلاحية هذا الإجراء إلا مالك المؤسسة، بعد قبول المؤسسة.</translation>
    </message>
    <message>
        <source>Only a kiosk may do this.</source>
        <translation>لا يمكن تنفيذ هذا الإجراء إلا من كشك التصويت.</translation>
    </message>
    <message>
        <source>The audit log cannot be changed or deleted.</source>
        <translation>لا يمكن تغيير سجل التدقيق أو حذفه.</translation>
    </message>
    <message>
        <source>The password was not sent in protected form; nothing was changed.</source>
        <translation>لم تُرسَل كلمة المرور بصيغة محمية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The email address is not valid. Write it as name@example.org.</source>
        <translation>عنوان البريد الإلكتروني غير صالح. اكتبه بالصيغة name@example.org.</translation>
    </message>
    <message>
        <source>A name is missing. Fill in every name field.</source>
        <translation>أحد الأسماء ناقص. املأ جميع حقول الأسماء.</translation>
    </message>
    <message>
        <source>The organization&apos;s name needs at least 2 characters.</source>
        <translation>يجب ألا يقل اسم المؤسسة عن حرفين.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as EG or GB.</source>
        <translation>يجب أن يكون البلد رمزًا من حرفين مثل EG أو GB.</translation>
    </message>
    <message>
        <source>The national id may contain only digits, spaces and dashes.</source>
        <translation>لا يجوز أن يحتوي الرقم القومي إلا على أرقام ومسافات وشرطات.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Sign in, or reset its password.</source>
        <translation>يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا. سجّل الدخول، أو أعد تعيين كلمة مروره.</translation>
    </message>
    <message>
        <source>An organization with this name is already registered. Choose another name.</source>
        <translation>توجد مؤسسة مسجلة بهذا الاسم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Your organization already has a kiosk with this name.</source>
        <translation>لدى مؤسستك بالفعل كشك بهذا الاسم.</translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Ask for a new one.</source>
        <translation>هذا الرمز غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>There is no account with this email.</source>
        <translation>لا يوجد حساب بهذا البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>This organization does not exist, or you may not see it.</source>
        <translation>هذه المؤسسة غير موجودة، أو لا يحق لك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>This organization was already accepted or rejected.</source>
        <translation>سبق قبول هذه المؤسسة أو رفضها.</translation>
    </message>
    <message>
        <source>This election is published; its candidates and voters can no longer change. Only a draft election can be edited.</source>
        <translation>هذه الانتخابات منشورة؛ لم يعد من الممكن تغيير مرشحيها وناخبيها. لا يمكن تعديل الانتخابات إلا وهي مسودة.</translation>
    </message>
    <message>
        <source>This already exists. Choose another name or value.</source>
        <translation>هذا موجود بالفعل. اختر اسمًا أو قيمة أخرى.</translation>
    </message>
    <message>
        <source>A value is not acceptable: %1</source>
        <translation>إحدى القيم غير مقبولة: %1</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation>غيّر شخص آخر هذا في الوقت نفسه. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database server is not available. Try again in a minute.</source>
        <translation>خادم قاعدة البيانات غير متاح. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>The database is not set up for this version of Elect. Ask your IT staff to run &quot;elect db migrate&quot;.</source>
        <translation>قاعدة البيانات غير مُعدّة لهذا الإصدار من Elect. اطلب من فريق تقنية المعلومات تشغيل &quot;elect db migrate&quot;.</translation>
    </message>
    <message>
        <source>The database reported an unexpected problem (%1): %2</source>
        <translation>أبلغت قاعدة البيانات عن مشكلة غير متوقعة (%1): %2</translation>
    </message>
    <message>
        <source>The database holds a value this version of Elect does not know (&quot;%1&quot; in %2). Update Elect on this computer, or ask your IT staff.</source>
        <translation>تحتوي قاعدة البيانات على قيمة لا يعرفها هذا الإصدار من Elect (&quot;%1&quot; في %2). حدّث Elect على هذا الحاسوب، أو اطلب المساعدة من فريق تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) may do this.</source>
        <translation>لا يملك صلاحية هذا الإجراء إلا elect serve (اسم الدخول elect_service).</translation>
    </message>
    <message>
        <source>There is no outgoing message with this id. See &quot;elect outbox list&quot;.</source>
        <translation>لا توجد رسالة صادرة بهذا المعرّف. انظر &quot;elect outbox list&quot;.</translation>
    </message>
    <message>
        <source>This message was already sent; it is not sent twice.</source>
        <translation>أُرسلت هذه الرسالة بالفعل؛ ولا تُرسل مرتين.</translation>
    </message>
    <message>
        <source>This election is not open for voting at this kiosk. Ask the poll worker.</source>
        <translation>هذه الانتخابات غير مفتوحة للتصويت في هذا الكشك. اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>This kiosk has no such eligibility question. Start again with the national id.</source>
        <translation>لا يوجد لدى هذا الكشك استعلام أهلية كهذا. ابدأ من جديد بإدخال الرقم القومي.</translation>
    </message>
    <message>
        <source>The organization&apos;s voter service cannot be reached; ask the poll worker.</source>
        <translation>تعذّر الوصول إلى خدمة الناخبين الخاصة بالمؤسسة؛ اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>This kiosk has asked about too many people in the last minute. Wait a minute, then try again.</source>
        <translation>استعلم هذا الكشك عن عدد كبير جدًا من الأشخاص خلال الدقيقة الأخيرة. انتظر دقيقة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) may close and count elections or remind voters.</source>
        <translation>لا يملك صلاحية إغلاق الانتخابات وفرزها أو تذكير الناخبين إلا elect serve (اسم الدخول elect_service).</translation>
    </message>
    <message>
        <source>This election has not ended, or was cancelled: its ballots stay sealed and it cannot be counted yet.</source>
        <translation>لم تنتهِ هذه الانتخابات بعد، أو أنها أُلغيت: تبقى أوراق اقتراعها مختومة ولا يمكن فرزها الآن.</translation>
    </message>
    <message>
        <source>A top-up must be between 25.00 and 999,999.99 (in the wallet&apos;s currency). Enter another amount.</source>
        <translation>يجب أن يكون مبلغ شحن الرصيد بين 25.00 و 999,999.99 (بعملة المحفظة). أدخل مبلغًا آخر.</translation>
    </message>
    <message>
        <source>Your organization has five unpaid top-ups from the last day. Pay one of them, or wait until they expire, then ask again.</source>
        <translation>لدى مؤسستك خمسة طلبات شحن رصيد غير مدفوعة خلال اليوم الأخير. ادفع أحدها، أو انتظر حتى تنتهي صلاحيتها، ثم اطلب مرة أخرى.</translation>
    </message>
    <message>
        <source>A pricing tier needs a lowest number of voters of 0 or more, a highest number that is not lower (or none), a price of 0 or more and a three-letter currency.</source>
        <translation>تحتاج شريحة التسعير إلى حد أدنى لعدد الناخبين قدره 0 أو أكثر، وحد أعلى لا يقل عنه (أو بلا حد أعلى)، وسعر قدره 0 أو أكثر، وعملة من ثلاثة أحرف.</translation>
    </message>
    <message>
        <source>This tier overlaps another tier of the same currency. Change or remove that tier first.</source>
        <translation>تتداخل هذه الشريحة مع شريحة أخرى بالعملة نفسها. عدّل تلك الشريحة أو احذفها أولًا.</translation>
    </message>
    <message>
        <source>There is no pricing tier with this id (see &quot;elect pricing list&quot;).</source>
        <translation>لا توجد شريحة تسعير بهذا المعرّف (انظر &quot;elect pricing list&quot;).</translation>
    </message>
    <message>
        <source>This election does not exist, or belongs to another organization.</source>
        <translation>هذه الانتخابات غير موجودة، أو تتبع مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>The election&apos;s start time has passed. Move it into the future, then publish.</source>
        <translation>مضى موعد بدء الانتخابات. اجعله موعدًا لاحقًا، ثم انشرها.</translation>
    </message>
    <message>
        <source>The election has no candidates yet. Add or import them, then publish.</source>
        <translation>لا يوجد مرشحون في الانتخابات بعد. أضفهم أو استوردهم، ثم انشرها.</translation>
    </message>
    <message>
        <source>The election has no voters yet. Import its voter list, then publish.</source>
        <translation>لا يوجد ناخبون في الانتخابات بعد. استورد قائمة ناخبيها، ثم انشرها.</translation>
    </message>
    <message>
        <source>No price is set for an election of this size. Ask the platform&apos;s system administrator to set a pricing tier.</source>
        <translation>لم يُحدَّد سعر لانتخابات بهذا الحجم. اطلب من مسؤول النظام في المنصة تحديد شريحة تسعير.</translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is too low to publish this election. Top up the wallet, then publish again.</source>
        <translation>رصيد المحفظة غير كافٍ لنشر هذه الانتخابات. اشحن رصيد المحفظة، ثم انشرها مرة أخرى.</translation>
    </message>
    <message>
        <source>Only a draft, or a published election that has not started yet, can be cancelled.</source>
        <translation>لا يمكن إلغاء الانتخابات إلا إذا كانت مسودة، أو منشورة لم تبدأ بعد.</translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is too low to publish this election: %1 more is needed. Top up the wallet, then publish again.</source>
        <translation>رصيد المحفظة غير كافٍ لنشر هذه الانتخابات: يلزم مبلغ إضافي قدره %1. اشحن رصيد المحفظة، ثم انشرها مرة أخرى.</translation>
    </message>
    <message>
        <source>This election is not open for voting now. Ask the poll worker.</source>
        <translation>هذه الانتخابات غير مفتوحة للتصويت الآن. اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>This kiosk has looked up too many national ids in the last minute. Wait a minute, then try again.</source>
        <translation>استعلم هذا الكشك عن عدد كبير جدًا من الأرقام القومية خلال الدقيقة الأخيرة. انتظر دقيقة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The voter list has no phone number for you, so no code can be sent. Ask the poll worker.</source>
        <translation>لا يوجد رقم هاتف لك في قائمة الناخبين، لذا لا يمكن إرسال رمز. اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>Three codes were sent to your phone in the last 15 minutes. Use the latest one, or wait a few minutes and ask again.</source>
        <translation>أُرسلت ثلاثة رموز إلى هاتفك خلال آخر 15 دقيقة. استخدم أحدثها، أو انتظر بضع دقائق ثم اطلب رمزًا من جديد.</translation>
    </message>
    <message>
        <source>This step has timed out. Start again with your national id.</source>
        <translation>انتهت مهلة هذه الخطوة. ابدأ من جديد بإدخال رقمك القومي.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Start again with your national id.</source>
        <translation>انتهت جلسة تصويتك. ابدأ من جديد بإدخال رقمك القومي.</translation>
    </message>
    <message>
        <source>You have already voted in this election, and your vote was counted once. Nothing more is needed.</source>
        <translation>سبق لك التصويت في هذه الانتخابات، وقد حُسب صوتك مرة واحدة. لا حاجة إلى أي إجراء آخر.</translation>
    </message>
    <message>
        <source>The ballot has fewer choices than this election needs. Go back to the ballot and choose more.</source>
        <translation>في ورقة الاقتراع اختيارات أقل مما تتطلبه هذه الانتخابات. عُد إلى ورقة الاقتراع واختر المزيد.</translation>
    </message>
    <message>
        <source>The ballot has more choices than this election allows. Go back to the ballot and remove some.</source>
        <translation>في ورقة الاقتراع اختيارات أكثر مما تسمح به هذه الانتخابات. عُد إلى ورقة الاقتراع واحذف بعضها.</translation>
    </message>
    <message>
        <source>A candidate is chosen twice on this ballot. Go back to the ballot and remove one of the two.</source>
        <translation>اختير أحد المرشحين مرتين في ورقة الاقتراع هذه. عُد إلى ورقة الاقتراع واحذف أحد الاختيارين.</translation>
    </message>
    <message>
        <source>The ballot names a candidate you cannot vote for. Go back to the ballot and choose again.</source>
        <translation>تذكر ورقة الاقتراع مرشحًا لا يحق لك التصويت له. عُد إلى ورقة الاقتراع واختر من جديد.</translation>
    </message>
    <message>
        <source>The kiosk sent an incomplete ballot. Ask the poll worker to restart the kiosk.</source>
        <translation>أرسل الكشك ورقة اقتراع غير مكتملة. اطلب من أحد موظفي اللجنة إعادة تشغيل الكشك.</translation>
    </message>
    <message>
        <source>The server cannot match this ballot to the kiosk&apos;s earlier request. Ask the poll worker.</source>
        <translation>تعذّر على الخادم ربط ورقة الاقتراع هذه بالطلب السابق من الكشك. اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>elect serve asked for a request limit the database does not accept; nothing was counted.</source>
        <translation>طلب elect serve حدًا للطلبات لا تقبله قاعدة البيانات؛ ولم يُحتسب شيء.</translation>
    </message>
    <message>
        <source>Only a system administrator or elect serve (the elect_service login) may read the audit log&apos;s chain.</source>
        <translation>لا يملك صلاحية قراءة سلسلة سجل التدقيق إلا مسؤول النظام أو elect serve (اسم الدخول elect_service).</translation>
    </message>
    <message>
        <source>The password was protected too weakly (fewer than 4096 rounds or a short salt); nothing was changed. Use an up-to-date Elect.</source>
        <translation>كانت حماية كلمة المرور ضعيفة جدًا (أقل من 4096 جولة أو ملح قصير)؛ ولم يتغير شيء. استخدم إصدارًا حديثًا من Elect.</translation>
    </message>
    <message>
        <source>This kiosk does not exist, or it belongs to another organization.</source>
        <translation>هذا الكشك غير موجود، أو أنه يتبع مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) seals kiosk events into the audit log&apos;s chain.</source>
        <translation>لا يختم أحداث الأكشاك في سلسلة سجل التدقيق إلا elect serve (اسم الدخول elect_service).</translation>
    </message>
    <message>
        <source>Write why the organization is turned down (up to 2,000 characters): the owner reads it. Nothing was rejected.</source>
        <translation>اكتب سبب رفض المؤسسة (حتى 2,000 حرف): سيقرؤه المالك. لم يُرفض شيء.</translation>
    </message>
    <message>
        <source>You have searched for too many national ids in the last minute. Wait a minute, then try again.</source>
        <translation>بحثت عن أرقام قومية كثيرة جدًا خلال الدقيقة الأخيرة. انتظر دقيقة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This administrator does not exist, was removed, or belongs to another organization.</source>
        <translation>هذا المسؤول غير موجود، أو أُزيل، أو يتبع مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>Only an organization admin asks for a change; the owner decides it.</source>
        <translation>مسؤول المؤسسة وحده يطلب التغيير؛ والمالك يقرّر فيه.</translation>
    </message>
    <message>
        <source>The change cannot be asked for: a published election&apos;s title (1 to 200 characters) and its dates (a start still ahead, an end after it), or a candidate&apos;s name, party and description may change, and something must differ from what it is now.</source>
        <translation>لا يمكن طلب هذا التغيير: يجوز أن يتغير عنوان الانتخابات المنشورة (من 1 إلى 200 حرف) وتواريخها (بداية لم تأتِ بعد، ونهاية بعدها)، أو اسم المرشح وحزبه ووصفه، ويجب أن يختلف شيء عمّا هو عليه الآن.</translation>
    </message>
    <message>
        <source>Only a published election that has not started waits for approval: change a draft directly; a cancelled or counted one no longer changes.</source>
        <translation>لا تنتظر الموافقةَ إلا الانتخاباتُ المنشورة التي لم تبدأ بعد: غيّر المسودة مباشرة؛ أما الانتخابات الملغاة أو التي فُرزت فلم تعد تتغير.</translation>
    </message>
    <message>
        <source>This candidate does not exist, or belongs to another organization.</source>
        <translation>هذا المرشح غير موجود، أو يتبع مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>This approval request does not exist, or belongs to another organization.</source>
        <translation>طلب الموافقة هذا غير موجود، أو يتبع مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>This request has already been decided. Refresh to see the decision.</source>
        <translation>سبق البتّ في هذا الطلب. حدّث القائمة لرؤية القرار.</translation>
    </message>
    <message>
        <source>Say why the change is rejected (at most 1,000 characters): the person who asked reads it.</source>
        <translation>اذكر سبب رفض التغيير (1,000 حرف على الأكثر): سيقرؤه مقدّم الطلب.</translation>
    </message>
    <message>
        <source>What this request would change has changed since it was made. Reject it, and ask for a new one if the change is still wanted.</source>
        <translation>تغيّر ما سيغيّره هذا الطلب منذ تقديمه. ارفضه، واطلب تغييرًا جديدًا إن كان التغيير لا يزال مطلوبًا.</translation>
    </message>
</context>
<context>
    <name>Elect::DemoSeeder</name>
    <message>
        <source>The demo already exists; nothing was changed.</source>
        <translation>العرض التجريبي موجود بالفعل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>System admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Owner of Nile Rowing Club</source>
        <translation>مالك Nile Rowing Club</translation>
    </message>
    <message>
        <source>Owner of Alexandria Student Union (waiting for review)</source>
        <translation>مالك Alexandria Student Union (بانتظار المراجعة)</translation>
    </message>
    <message>
        <source>Accepted Nile Rowing Club as the system admin; Alexandria Student Union waits for review.</source>
        <translation>قُبلت Nile Rowing Club بصفة مسؤول النظام؛ وما زالت Alexandria Student Union بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Created two elections as the owner: &quot;%1&quot; (draft) and &quot;%2&quot;, each with candidates and 60 voters.</source>
        <translation>أُنشئ انتخابان بصفة المالك: &quot;%1&quot; (مسودة) و &quot;%2&quot;، ولكل منهما مرشحون و60 ناخبًا.</translation>
    </message>
    <message>
        <source>Administrator of Nile Rowing Club</source>
        <translation>مسؤول Nile Rowing Club</translation>
    </message>
    <message>
        <source>Kiosk &quot;Boathouse kiosk 1&quot;</source>
        <translation>الكشك &quot;Boathouse kiosk 1&quot;</translation>
    </message>
    <message>
        <source>Added an administrator and a kiosk as the owner.</source>
        <translation>أُضيف مسؤول وكشك بصفة المالك.</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot;: it runs for the next 7 days.</source>
        <translation>فُتحت الانتخابات &quot;%1&quot;: وتستمر خلال الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <source>There is no demo on this computer yet. Run &quot;elect demo&quot; first, then try again.</source>
        <translation>لا يوجد عرض تجريبي على هذا الحاسوب بعد. شغّل &quot;elect demo&quot; أولًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The demo&apos;s account file %1 is damaged. Run &quot;elect demo&quot; again.</source>
        <translation>ملف حسابات العرض التجريبي %1 تالف. شغّل &quot;elect demo&quot; مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Registered Nile Rowing Club and Alexandria Student Union as the service does.</source>
        <translation>سُجِّلت المؤسستان Nile Rowing Club و Alexandria Student Union كما تفعل الخدمة.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;, a ranked election (instant runoff) with the same 60 voters: at the kiosk, voters number the candidates in their order of preference.</source>
        <translation>أُنشئت &quot;%1&quot;، وهي انتخابات بنظام الاختيار بالترتيب (الإعادة الفورية) بالناخبين أنفسهم وعددهم 60: في الكشك، يرقّم الناخبون المرشحين حسب ترتيب تفضيلهم.</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionDetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>حفظ التغييرات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>نشر (&amp;P)…</translation>
    </message>
    <message>
        <source>Cancel &amp;election…</source>
        <translation>إلغاء الانتخابات (&amp;E)…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Publish the election: its candidates, voters and dates are frozen, and the wallet pays its price.</source>
        <translation>نشر الانتخابات: يُجمَّد مرشحوها وناخبوها وتواريخها، وتدفع المحفظة ثمنها.</translation>
    </message>
    <message>
        <source>Cancel the election for good; a published election&apos;s charge is refunded.</source>
        <translation>إلغاء الانتخابات نهائيًا؛ ويُعاد المبلغ المخصوم لنشر الانتخابات المنشورة.</translation>
    </message>
    <message>
        <source>Save your changes first, then publish.</source>
        <translation>احفظ تغييراتك أولًا، ثم انشر.</translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner may publish or cancel an election: publishing pays from the wallet.</source>
        <translation>لا ينشر الانتخابات أو يلغيها إلا مالك المؤسسة: فالنشر يُدفع من المحفظة.</translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation>حُفظت تغييراتك.</translation>
    </message>
    <message numerus="yes">
        <source>No price is set for an election of %n voter(s), so publishing will be refused until the platform&apos;s administrator sets one.</source>
        <translation>
            <numerusform>لم يُحدَّد سعر لانتخابات بلا ناخبين، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
            <numerusform>لم يُحدَّد سعر لانتخابات بناخب واحد، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
            <numerusform>لم يُحدَّد سعر لانتخابات بناخبَين اثنين، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
            <numerusform>لم يُحدَّد سعر لانتخابات بـ %n ناخبين، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
            <numerusform>لم يُحدَّد سعر لانتخابات بـ %n ناخبًا، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
            <numerusform>لم يُحدَّد سعر لانتخابات بـ %n ناخب، لذا سيُرفض النشر حتى يحدّده مسؤول المنصة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing this election (%n voter(s)) is free.</source>
        <translation>
            <numerusform>نشر هذه الانتخابات (بلا ناخبين) مجاني.</numerusform>
            <numerusform>نشر هذه الانتخابات (ناخب واحد) مجاني.</numerusform>
            <numerusform>نشر هذه الانتخابات (ناخبان اثنان) مجاني.</numerusform>
            <numerusform>نشر هذه الانتخابات (%n ناخبين) مجاني.</numerusform>
            <numerusform>نشر هذه الانتخابات (%n ناخبًا) مجاني.</numerusform>
            <numerusform>نشر هذه الانتخابات (%n ناخب) مجاني.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing charges %1 to the wallet for %n voter(s): the balance goes from %2 to %3.</source>
        <translation>
            <numerusform>يخصم النشر %1 من المحفظة مقابل صفر ناخبين: ينتقل الرصيد من %2 إلى %3.</numerusform>
            <numerusform>يخصم النشر %1 من المحفظة مقابل ناخب واحد: ينتقل الرصيد من %2 إلى %3.</numerusform>
            <numerusform>يخصم النشر %1 من المحفظة مقابل ناخبَين اثنين: ينتقل الرصيد من %2 إلى %3.</numerusform>
            <numerusform>يخصم النشر %1 من المحفظة مقابل %n ناخبين: ينتقل الرصيد من %2 إلى %3.</numerusform>
            <numerusform>يخصم النشر %1 من المحفظة مقابل %n ناخبًا: ينتقل الرصيد من %2 إلى %3.</numerusform>
            <numerusform>يخصم النشر %1 من المحفظة مقابل %n ناخب: ينتقل الرصيد من %2 إلى %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing costs %1 for %n voter(s), but the wallet holds %2: top up %3 first, or publishing will be refused.</source>
        <translation>
            <numerusform>يكلّف النشر %1 مقابل صفر ناخبين، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
            <numerusform>يكلّف النشر %1 مقابل ناخب واحد، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
            <numerusform>يكلّف النشر %1 مقابل ناخبَين اثنين، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
            <numerusform>يكلّف النشر %1 مقابل %n ناخبين، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
            <numerusform>يكلّف النشر %1 مقابل %n ناخبًا، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
            <numerusform>يكلّف النشر %1 مقابل %n ناخب، لكن المحفظة لا تحوي إلا %2: اشحن %3 أولًا، وإلا سيُرفض النشر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the election?</source>
        <translation>نشر الانتخابات؟</translation>
    </message>
    <message>
        <source>Publish “%1”?</source>
        <translation>نشر «%1»؟</translation>
    </message>
    <message>
        <source>Once published, its dates, type, counting method, candidates and voters can no longer change. Voting opens on its own at the start time.</source>
        <translation>بعد النشر، لا يمكن تغيير تواريخها ونوعها وطريقة الفرز ومرشحيها وناخبيها. يبدأ التصويت تلقائيًا في موعد البداية.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Published. %1 was paid from the wallet; it now holds %2.</source>
        <translation>نُشرت. دُفع %1 من المحفظة؛ وأصبح رصيدها %2.</translation>
    </message>
    <message>
        <source>Published. Nothing was charged.</source>
        <translation>نُشرت. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>Cancel the election?</source>
        <translation>إلغاء الانتخابات؟</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>إلغاء «%1»؟</translation>
    </message>
    <message>
        <source>Nobody will be able to vote in it, and this cannot be undone. What publishing charged is refunded to the wallet.</source>
        <translation>لن يتمكن أحد من التصويت فيها، ولا يمكن التراجع عن ذلك. يُعاد ما خُصم للنشر إلى المحفظة.</translation>
    </message>
    <message>
        <source>Nobody will be able to vote in it, and this cannot be undone.</source>
        <translation>لن يتمكن أحد من التصويت فيها، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cancel the election</source>
        <translation>إلغاء الانتخابات</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Cancelled. %1 went back to the wallet.</source>
        <translation>أُلغيت. أُعيد %1 إلى المحفظة.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت.</translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation>إرسال للموافقة (&amp;A)</translation>
    </message>
    <message>
        <source>Ask the organization&apos;s owner to approve these changes; the election keeps its current values until they do.</source>
        <translation>اطلب من مالك المؤسسة الموافقة على هذه التغييرات؛ وتحتفظ الانتخابات بقيمها الحالية حتى يوافق عليها.</translation>
    </message>
    <message>
        <source>Sent to the owner for approval. Nothing changes until they approve (see My approval requests).</source>
        <translation>أُرسلت التغييرات إلى المالك للموافقة عليها. لن يتغير شيء حتى يوافق (انظر «طلبات الموافقة الخاصة بي»).</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionForm</name>
    <message>
        <source>e.g. Board election 2027</source>
        <translation>مثال: انتخابات مجلس الإدارة 2027</translation>
    </message>
    <message>
        <source>Simple: every voter chooses among all candidates. By district or governorate: each voter chooses among the candidates of their own. From your API: your system says who may vote.</source>
        <translation>بسيط: يختار كل ناخب من بين جميع المرشحين. حسب الدائرة أو المحافظة: يختار كل ناخب من بين مرشحي دائرته أو محافظته. من واجهة API الخاصة بك: يحدّد نظامك من يحق له التصويت.</translation>
    </message>
    <message>
        <source>Elect asks GET &lt;address&gt;/voters/&lt;national id&gt; whether a voter may vote.</source>
        <translation>يسأل Elect العنوان GET &lt;address&gt;/voters/&lt;national id&gt; عمّا إذا كان يحق للناخب التصويت.</translation>
    </message>
    <message>
        <source>How many people may vote. The price of publishing follows it; for a voter list it is at least the number of voters imported.</source>
        <translation>عدد من يحق لهم التصويت. يتبعه سعر النشر؛ وفي حالة قائمة الناخبين لا يقل عن عدد الناخبين المستوردين.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>العنوان (&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>النوع (&amp;Y)</translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation>عنوان API (&amp;A)</translation>
    </message>
    <message>
        <source>Counting &amp;method</source>
        <translation>طريقة الفرز (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Seats to fill</source>
        <translation>عدد المقاعد المطلوب شغلها (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choices on each ballot</source>
        <translation>عدد الاختيارات في كل ورقة اقتراع (&amp;C)</translation>
    </message>
    <message>
        <source>Voting &amp;opens</source>
        <translation>بدء التصويت (&amp;O)</translation>
    </message>
    <message>
        <source>Voting &amp;closes</source>
        <translation>انتهاء التصويت (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Potential voters</source>
        <translation>عدد الناخبين المحتملين (&amp;P)</translation>
    </message>
    <message>
        <source>Times are in the organization&apos;s time zone: %1.</source>
        <translation>الأوقات بالمنطقة الزمنية للمؤسسة: %1.</translation>
    </message>
    <message>
        <source>Most &amp;choices on each ballot</source>
        <translation>أقصى عدد من الاختيارات في كل ورقة اقتراع (&amp;C)</translation>
    </message>
    <message>
        <source>Not ranked: each voter marks as many candidates as there are choices on the ballot; the candidates with the most votes win the seats.</source>
        <translation>دون ترتيب: يؤشّر كل ناخب على عدد من المرشحين يساوي عدد الاختيارات في ورقة الاقتراع؛ ويفوز بالمقاعد المرشحون الحاصلون على أكثر الأصوات.</translation>
    </message>
    <message>
        <source>Not ranked: each voter marks every candidate they approve of, up to the most choices; the candidates with the most approvals win the seats.</source>
        <translation>دون ترتيب: يؤشّر كل ناخب على كل مرشح يوافق عليه، حتى الحد الأقصى للاختيارات؛ ويفوز بالمقاعد المرشحون الحاصلون على أكثر الموافقات.</translation>
    </message>
    <message>
        <source>Ranked: voters number the candidates in order of preference. One seat: the last candidates are eliminated round by round until one has a majority.</source>
        <translation>بالترتيب: يرقّم الناخبون المرشحين حسب تفضيلهم. مقعد واحد: يُستبعد المرشحون الأخيرون جولةً بعد جولة حتى يحصل أحدهم على الأغلبية.</translation>
    </message>
    <message>
        <source>Ranked: voters number the candidates in order of preference; surpluses and eliminated candidates&apos; votes move to the next preference until the seats are filled.</source>
        <translation>بالترتيب: يرقّم الناخبون المرشحين حسب تفضيلهم؛ وتنتقل الأصوات الفائضة وأصوات المرشحين المستبعدين إلى التفضيل التالي حتى تُشغل المقاعد.</translation>
    </message>
    <message>
        <source>Not ranked: one question, each voter answers yes or no.</source>
        <translation>دون ترتيب: سؤال واحد، يجيب عنه كل ناخب بنعم أو لا.</translation>
    </message>
    <message>
        <source>You may look at this election; only its organization&apos;s owner and administrators change it.</source>
        <translation>يمكنك الاطلاع على هذه الانتخابات؛ ولا يغيّرها إلا مالك مؤسستها ومسؤولوها.</translation>
    </message>
    <message>
        <source>Published elections cannot change their dates, type, counting method or number of voters: the price and the ballots depend on them. To change them, cancel the election and create a new one.</source>
        <translation>لا يمكن للانتخابات المنشورة تغيير تواريخها أو نوعها أو طريقة الفرز أو عدد الناخبين: فالسعر وأوراق الاقتراع تعتمد عليها. لتغييرها، ألغِ الانتخابات وأنشئ انتخابات جديدة.</translation>
    </message>
    <message>
        <source>This election is running: nothing about it can change until voting closes.</source>
        <translation>هذه الانتخابات جارية: لا يمكن تغيير أي شيء فيها حتى ينتهي التصويت.</translation>
    </message>
    <message>
        <source>Voting has closed: this election can no longer change.</source>
        <translation>انتهى التصويت: لم يعد بالإمكان تغيير هذه الانتخابات.</translation>
    </message>
    <message>
        <source>This election is counted: it can no longer change.</source>
        <translation>فُرزت هذه الانتخابات: لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <source>This election is cancelled: it can no longer change.</source>
        <translation>أُلغيت هذه الانتخابات: لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <source>This election is published: a change to its title or voting times goes to the organization&apos;s owner for approval, and nothing changes until they approve. Its type, counting method and number of voters can no longer change.</source>
        <translation>هذه الانتخابات منشورة: أي تغيير في عنوانها أو في أوقات التصويت يُرسَل إلى مالك المؤسسة للموافقة عليه، ولا يتغير شيء حتى يوافق. ولم يعد من الممكن تغيير نوعها وطريقة الفرز وعدد الناخبين.</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionRepository</name>
    <message>
        <source>Give the election a title.</source>
        <translation>أدخل عنوانًا للانتخابات.</translation>
    </message>
    <message>
        <source>The election must end after it starts. Check the start and end times.</source>
        <translation>يجب أن تنتهي الانتخابات بعد بدئها. تحقق من وقتي البدء والانتهاء.</translation>
    </message>
    <message>
        <source>An election whose voters come from your API needs the API&apos;s address (https://...).</source>
        <translation>تحتاج الانتخابات التي يأتي ناخبوها من واجهة API الخاصة بك إلى عنوان هذه الواجهة (https://...).</translation>
    </message>
    <message>
        <source>This election is gone, or you may not see it. Refresh the list of elections.</source>
        <translation>هذه الانتخابات لم تعد موجودة، أو لا يحق لك رؤيتها. حدّث قائمة الانتخابات.</translation>
    </message>
    <message>
        <source>Only an organization&apos;s owner or administrator creates elections.</source>
        <translation>لا ينشئ الانتخابات إلا مالك المؤسسة أو أحد مسؤوليها.</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionTableModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n seat(s)</source>
        <translation>
            <numerusform>%1 — %2، %n مقعد</numerusform>
            <numerusform>%1 — %2، %n مقعد</numerusform>
            <numerusform>%1 — %2، %n مقعدان</numerusform>
            <numerusform>%1 — %2، %n مقاعد</numerusform>
            <numerusform>%1 — %2، %n مقعدًا</numerusform>
            <numerusform>%1 — %2، %n مقعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Counting method</source>
        <translation>طريقة الفرز</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>In the organization&apos;s time zone, %1</source>
        <translation>بالمنطقة الزمنية للمؤسسة، %1</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionWorkspace</name>
    <message>
        <source>Back to elections</source>
        <translation>العودة إلى الانتخابات</translation>
    </message>
    <message>
        <source>Return to the list of elections (Alt+Left)</source>
        <translation>العودة إلى قائمة الانتخابات (Alt+Left)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>الناخبون</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>%1 · %2 · from %3 to %4</source>
        <translation>%1 · %2 · من %3 إلى %4</translation>
    </message>
    <message>
        <source>Times in the organization&apos;s time zone, %1.</source>
        <translation>الأوقات بالمنطقة الزمنية للمؤسسة، %1.</translation>
    </message>
</context>
<context>
    <name>Elect::ElectionsPage</name>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Double-click an election, or press Enter, to open it.</source>
        <translation>انقر نقرًا مزدوجًا على انتخابات، أو اضغط Enter، لفتحها.</translation>
    </message>
</context>
<context>
    <name>Elect::Eligibility</name>
    <message>
        <source>The organization&apos;s API at %1 answered in a form Elect cannot read; ask its administrators to check it against Elect&apos;s eligibility API description.</source>
        <translation>أجابت واجهة API الخاصة بالمؤسسة على %1 بصيغة لا يستطيع Elect قراءتها؛ اطلب من مسؤوليها مطابقتها مع وصف واجهة API للأهلية في Elect.</translation>
    </message>
    <message>
        <source>The organization&apos;s API at %1 refused the question (%2).</source>
        <translation>رفضت واجهة API الخاصة بالمؤسسة على %1 الاستعلام (%2).</translation>
    </message>
    <message>
        <source>The organization&apos;s API must be reached over https:// (national ids never cross a network in the clear); change the election&apos;s API address.</source>
        <translation>يجب الوصول إلى واجهة API الخاصة بالمؤسسة عبر https:// (فالأرقام القومية لا تُنقل عبر الشبكة دون تشفير أبدًا)؛ غيّر عنوان واجهة API في إعدادات الانتخابات.</translation>
    </message>
</context>
<context>
    <name>Elect::EligibilityHandler</name>
    <message>
        <source>The message names no eligibility request.</source>
        <translation>لا تحدد الرسالة أي طلب أهلية.</translation>
    </message>
    <message>
        <source>Elect could not record the API&apos;s answer: %1</source>
        <translation>تعذّر على Elect تسجيل رد واجهة API: %1</translation>
    </message>
</context>
<context>
    <name>Elect::EmbeddedServer</name>
    <message>
        <source>ELECT_PG_BINDIR is set to %1, but there is no initdb there. Point it at the folder that holds PostgreSQL&apos;s initdb and pg_ctl.</source>
        <translation>قيمة ELECT_PG_BINDIR هي %1، لكن لا يوجد initdb هناك. اجعله يشير إلى المجلد الذي يحتوي على initdb و pg_ctl الخاصين بـ PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) are not installed, so Elect cannot run its own database. Install them (Debian and Ubuntu: sudo apt install postgresql), or set ELECT_PG_BINDIR to the folder that holds them, or connect to a database server instead.</source>
        <translation>برامج خادم PostgreSQL (initdb و pg_ctl) غير مثبتة، لذا لا يستطيع Elect تشغيل قاعدة بياناته الخاصة. ثبّتها (في Debian و Ubuntu: sudo apt install postgresql)، أو اضبط ELECT_PG_BINDIR على المجلد الذي يحتويها، أو اتصل بخادم قاعدة بيانات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>تعذّر تشغيل %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in %2 seconds. See the server log: %3</source>
        <translation>لم ينتهِ %1 خلال %2 ثانية. راجع سجل الخادم: %3</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3
The server log is %4</source>
        <translation>فشل %1 (رمز الخروج %2): %3
سجل الخادم: %4</translation>
    </message>
    <message>
        <source>Elect runs as root, and PostgreSQL refuses to run as root; creating the unprivileged account %1 for it failed: %2</source>
        <translation>يعمل Elect بصلاحيات root، ويرفض PostgreSQL العمل بصلاحيات root؛ وقد فشل إنشاء الحساب محدود الصلاحيات %1 لتشغيله: %2</translation>
    </message>
    <message>
        <source>Elect runs as root and PostgreSQL refuses to, so the embedded server runs as the unprivileged account %1.</source>
        <translation>يعمل Elect بصلاحيات root ويرفض PostgreSQL ذلك، لذا يعمل الخادم المدمج باسم الحساب محدود الصلاحيات %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>تعذّر إنشاء المجلد %1. تحقق من أن لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot give the folder %1 to the account that runs the server.</source>
        <translation>تعذّر نقل ملكية المجلد %1 إلى الحساب الذي يشغّل الخادم.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be entered by the server&apos;s account %2. Choose a data folder outside it.</source>
        <translation>لا يستطيع حساب الخادم %2 الدخول إلى المجلد %1. اختر مجلد بيانات خارجه.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>تعذّرت الكتابة في %1.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s configuration in %1.</source>
        <translation>تعذّرت كتابة إعدادات الخادم في %1.</translation>
    </message>
    <message>
        <source>A crashed server left %1 behind and it cannot be removed. Remove it by hand.</source>
        <translation>ترك خادم متعطل الملف %1 خلفه، ولا يمكن إزالته تلقائيًا. أزله يدويًا.</translation>
    </message>
    <message>
        <source>The embedded database in %1 is not set up. Run &quot;elect db init&quot; first.</source>
        <translation>قاعدة البيانات المدمجة في %1 غير مُعدّة. شغّل &quot;elect db init&quot; أولًا.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s configuration %1.</source>
        <translation>تعذّرت قراءة ملف إعدادات الخادم %1.</translation>
    </message>
</context>
<context>
    <name>Elect::EnrollmentDialog</name>
    <message>
        <source>Enroll the kiosk “%1”</source>
        <translation>تسجيل الكشك «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;This code is the kiosk&apos;s password.&lt;/b&gt; It is shown only now. Anyone who has it can sign in as this kiosk: do not send it by email or chat, and do not keep it. If it is lost or someone else saw it, give the kiosk a new password.</source>
        <translation>&lt;b&gt;هذا الرمز هو كلمة مرور الكشك.&lt;/b&gt; ولن يُعرض إلا الآن. من يملكه يستطيع تسجيل الدخول بصفة هذا الكشك: لا ترسله بالبريد الإلكتروني أو في محادثة، ولا تحتفظ به. إن فُقد أو رآه شخص آخر، فامنح الكشك كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>On the kiosk, at “Set up this kiosk”, paste this code into “Enrollment code”, or scan the QR code into that field with a barcode scanner. No password is typed by hand.</source>
        <translation>على الكشك، في «إعداد هذا الكشك»، الصق هذا الرمز في «رمز التسجيل»، أو امسح رمز QR إلى ذلك الحقل بماسح الباركود. لا تُكتب أي كلمة مرور يدويًا.</translation>
    </message>
    <message>
        <source>The kiosk will connect to %1, the server you are signed in to.</source>
        <translation>سيتصل الكشك بـ ⁦%1⁩، وهو الخادم الذي سجّلت الدخول إليه.</translation>
    </message>
    <message>
        <source>QR code of the enrollment code</source>
        <translation>رمز QR لرمز التسجيل</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Copies the code to paste it on the kiosk. Closing this window clears it from the clipboard.</source>
        <translation>ينسخ الرمز للصقه على الكشك. إغلاق هذه النافذة يمسحه من الحافظة.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Elect::ImageDropField</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation>اختر ملف %1</translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>أفلت صورة هنا</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>اختر %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>Elect::ImportTab</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>تحقّق فقط</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation>حفظ المشكلات بصيغة CSV…</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>الناخبون</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>A CSV file: choose it, or type its path and press Enter</source>
        <translation>ملف CSV: اختره، أو اكتب مساره واضغط Enter</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding. Change it when names look garbled in the preview.</source>
        <translation>ترميز نص الملف. غيّره إذا ظهرت الأسماء مشوّهة في المعاينة.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>معاينة الملف</translation>
    </message>
    <message>
        <source>Check every row against the election without writing anything.</source>
        <translation>تحقّق من كل صف مقابل الانتخابات دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Import voters or candidates…</source>
        <translation>استيراد الناخبين أو المرشحين…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>اختر الملف المطلوب استيراده</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
← %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2. Columns understood: %3. The first %4 rows are shown.</source>
        <translation>قُرئ بترميز %1، والحقول مفصولة بـ %2. الأعمدة المفهومة: %3. تُعرض أول %4 صفوف.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>اختر الملف المطلوب استيراده أولًا.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Problems: %1. Nothing was imported. Fix them in the file and import it again.</source>
        <translation>المشكلات: %1. لم يُستورد شيء. أصلحها في الملف واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>تُعرض أول %1.</translation>
    </message>
    <message>
        <source>Rows checked: %1. No problems found; nothing was written yet.</source>
        <translation>الصفوف التي جرى التحقق منها: %1. لم تُوجد مشكلات؛ ولم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Voters imported: %1.</source>
        <translation>الناخبون المستوردون: %1.</translation>
    </message>
    <message>
        <source>Candidates imported: %1.</source>
        <translation>المرشحون المستوردون: %1.</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>حفظ المشكلات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-المشكلات</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>حُفظت المشكلات في ⁦%1⁩.</translation>
    </message>
</context>
<context>
    <name>Elect::Integrations</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>لم يُجب %1 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>رفض %1 الاتصال.</translation>
    </message>
    <message>
        <source>%1&apos;s server could not be verified (TLS); check the host&apos;s clock and certificates.</source>
        <translation>تعذّر التحقق من خادم %1 (TLS)؛ تحقق من ساعة هذا المضيف ومن شهاداته.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>تعذّر الوصول إلى %1.</translation>
    </message>
    <message>
        <source>%1 asked Elect to slow down (429).</source>
        <translation>طلب %1 من Elect إبطاء وتيرة الطلبات (429).</translation>
    </message>
    <message>
        <source>%1 had a server error (%2).</source>
        <translation>حدث خطأ في خادم %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the message file %1: %2.</source>
        <translation>تعذّر فتح ملف الرسائل %1: %2.</translation>
    </message>
    <message>
        <source>The message file %1 is not a regular file of yours; choose another path.</source>
        <translation>ملف الرسائل %1 ليس ملفًا عاديًا مملوكًا لك؛ اختر مسارًا آخر.</translation>
    </message>
    <message>
        <source>Cannot make the message file %1 private (mode 600).</source>
        <translation>تعذّر جعل ملف الرسائل %1 خاصًا (الصلاحيات 600).</translation>
    </message>
</context>
<context>
    <name>Elect::KioskApp</name>
    <message>
        <source>Elect kiosk: where voters cast their ballots.</source>
        <translation>كشك Elect: حيث يدلي الناخبون بأصواتهم.</translation>
    </message>
    <message>
        <source>Use the demo&apos;s kiosk on the embedded server (run &quot;elect demo&quot; first).</source>
        <translation>استخدم كشك العرض التجريبي على الخادم المدمج (شغّل &quot;elect demo&quot; أولًا).</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>التشغيل في نافذة بدلًا من ملء الشاشة.</translation>
    </message>
    <message>
        <source>The demo has no kiosk account. Run &quot;elect demo&quot; again.</source>
        <translation>لا يحتوي العرض التجريبي على حساب كشك. شغّل &quot;elect demo&quot; مرة أخرى.</translation>
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
        <source>Choose the poll workers&apos; PIN and type it twice: this kiosk has none yet.</source>
        <translation>اختر الرقم السري لموظفي اللجنة واكتبه مرتين: لا يوجد لهذا الكشك رقم سري بعد.</translation>
    </message>
</context>
<context>
    <name>Elect::KioskEnrollment</name>
    <message>
        <source>This is not a kiosk enrollment code, or part of it is missing. Copy the whole code that elect-admin showed when the kiosk was created.</source>
        <translation>هذا ليس رمز تسجيل كشك، أو أن جزءًا منه مفقود. انسخ الرمز كاملًا كما عرضه elect-admin عند إنشاء الكشك.</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s enrollment code first.</source>
        <translation>الصق رمز تسجيل الكشك أولًا.</translation>
    </message>
    <message>
        <source>This enrollment code was made by a newer Elect. Update this kiosk&apos;s Elect, then paste the code again.</source>
        <translation>أُنشئ رمز التسجيل هذا بإصدار أحدث من Elect. حدّث Elect على هذا الكشك، ثم الصق الرمز مرة أخرى.</translation>
    </message>
    <message>
        <source>This enrollment code is damaged. Ask the organization&apos;s owner to show it again, or to rotate the kiosk&apos;s password for a new one.</source>
        <translation>رمز التسجيل هذا تالف. اطلب من مالك المؤسسة عرضه مرة أخرى، أو تغيير كلمة مرور الكشك للحصول على رمز جديد.</translation>
    </message>
</context>
<context>
    <name>Elect::KioskTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعَّل</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>مركز الاقتراع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>Elect::KiosksPage</name>
    <message>
        <source>Add kiosk…</source>
        <translation>إضافة كشك…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>الأكشاك</translation>
    </message>
    <message>
        <source>Your organization has no kiosks yet. Add one for each voting computer at your polling stations.</source>
        <translation>لا توجد أكشاك لمؤسستك بعد. أضف كشكًا لكل حاسوب تصويت في مراكز الاقتراع.</translation>
    </message>
    <message>
        <source>Your organization has no kiosks yet.</source>
        <translation>لا توجد أكشاك لمؤسستك بعد.</translation>
    </message>
    <message>
        <source>Only your organization&apos;s owner may add kiosks, turn them off or on, and give them new passwords. Ask the owner if a kiosk needs one of these.</source>
        <translation>لا يضيف الأكشاك أو يعطّلها أو يفعّلها أو يمنحها كلمات مرور جديدة إلا مالك مؤسستك. اسأل المالك إن كان أحد الأكشاك يحتاج إلى شيء من ذلك.</translation>
    </message>
    <message>
        <source>Create a kiosk and get the code that sets it up</source>
        <translation>إنشاء كشك والحصول على الرمز الذي يُعدّه</translation>
    </message>
    <message>
        <source>Give this kiosk a new password and a new enrollment code; the old one stops working</source>
        <translation>منح هذا الكشك كلمة مرور جديدة ورمز تسجيل جديدًا؛ ويتوقف الرمز القديم عن العمل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Let this kiosk sign in again</source>
        <translation>السماح لهذا الكشك بتسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>Sign this kiosk out now and stop it from signing in</source>
        <translation>تسجيل خروج هذا الكشك الآن ومنعه من تسجيل الدخول</translation>
    </message>
    <message>
        <source>The kiosk “%1” was created. Set it up with the code shown.</source>
        <translation>أُنشئ الكشك «%1». أعدّه بالرمز المعروض.</translation>
    </message>
    <message>
        <source>the embedded server of the kiosk&apos;s own computer</source>
        <translation>الخادم المدمج على حاسوب الكشك نفسه</translation>
    </message>
    <message>
        <source>%1, port %2, database %3</source>
        <translation>⁦%1⁩، المنفذ %2، قاعدة البيانات %3</translation>
    </message>
    <message>
        <source>The kiosk “%1” may sign in again.</source>
        <translation>يمكن للكشك «%1» تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The kiosk “%1” was signed out and cannot sign in until you enable it.</source>
        <translation>سُجّل خروج الكشك «%1» ولن يتمكن من تسجيل الدخول حتى تفعّله.</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>تعطيل «%1»؟</translation>
    </message>
    <message>
        <source>Disable the kiosk “%1” now?</source>
        <translation>تعطيل الكشك «%1» الآن؟</translation>
    </message>
    <message>
        <source>It is signed out at once, also in the middle of a voter&apos;s session, and cannot sign in until you enable it again. Do this when a kiosk is lost, stolen or out of use.</source>
        <translation>يُسجَّل خروجه فورًا، حتى في منتصف جلسة أحد الناخبين، ولن يتمكن من تسجيل الدخول حتى تفعّله مرة أخرى. افعل ذلك عند فقدان الكشك أو سرقته أو توقف استخدامه.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>New password for “%1”?</source>
        <translation>كلمة مرور جديدة لـ «%1»؟</translation>
    </message>
    <message>
        <source>Give the kiosk “%1” a new password?</source>
        <translation>منح الكشك «%1» كلمة مرور جديدة؟</translation>
    </message>
    <message>
        <source>Its current enrollment code stops working at once and the kiosk is signed out. Set it up again with the new code, shown next. Do this when a code was lost or someone else saw it.</source>
        <translation>يتوقف رمز تسجيله الحالي عن العمل فورًا ويُسجَّل خروج الكشك. أعِد إعداده بالرمز الجديد الذي سيُعرض بعد ذلك. افعل ذلك عند فقدان الرمز أو اطلاع شخص آخر عليه.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>The kiosk “%1” has a new password. Its old enrollment code no longer works.</source>
        <translation>أصبح للكشك «%1» كلمة مرور جديدة. ولم يعد رمز تسجيله القديم يعمل.</translation>
    </message>
</context>
<context>
    <name>Elect::MainWindow</name>
    <message>
        <source>Elect administration</source>
        <translation>إدارة Elect</translation>
    </message>
    <message>
        <source>Elect administration — %1</source>
        <translation>إدارة Elect — %1</translation>
    </message>
    <message>
        <source>Elect</source>
        <translation>Elect</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>تم تسجيل الدخول باسم %1 على %2</translation>
    </message>
    <message>
        <source>No organization has created an election yet.</source>
        <translation>لم تُنشئ أي مؤسسة انتخابات بعد.</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>جميع الانتخابات</translation>
    </message>
    <message>
        <source>Every election of your organization, with its status right now.</source>
        <translation>جميع انتخابات مؤسستك، مع حالة كل منها الآن.</translation>
    </message>
    <message>
        <source>Your organization has no elections yet. Elections you create appear here, from draft to results.</source>
        <translation>لا توجد انتخابات لمؤسستك بعد. ستظهر هنا الانتخابات التي تنشئها، من المسودة حتى النتائج.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>متصل بـ ⁧%1⁩</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>العودة إلى القائمة (&amp;B)</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Review new organizations before they can run elections, and see who runs each one.</source>
        <translation>راجع المؤسسات الجديدة قبل أن تتمكن من إجراء الانتخابات، واعرف من يدير كل مؤسسة.</translation>
    </message>
    <message>
        <source>Every election on the platform.</source>
        <translation>جميع الانتخابات في المنصة.</translation>
    </message>
    <message>
        <source>Active elections</source>
        <translation>الانتخابات النشطة</translation>
    </message>
    <message>
        <source>Published elections that have not ended, across organizations: turnout so far and kiosks online. Updated every 30 seconds while shown.</source>
        <translation>الانتخابات المنشورة التي لم تنتهِ، في جميع المؤسسات: نسبة المشاركة حتى الآن والأكشاك المتصلة. تُحدَّث كل 30 ثانية ما دامت معروضة.</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>التسعير</translation>
    </message>
    <message>
        <source>What publishing an election costs, by its number of potential voters.</source>
        <translation>تكلفة نشر الانتخابات، حسب عدد ناخبيها المحتملين.</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>The people who prepare elections with the owner. They sign in with their own email.</source>
        <translation>الأشخاص الذين يُعدّون الانتخابات مع المالك. يسجّلون الدخول ببريدهم الإلكتروني الخاص.</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>الأكشاك</translation>
    </message>
    <message>
        <source>The voting computers at your polling stations, each with its own login.</source>
        <translation>حواسيب التصويت في مراكز الاقتراع، لكلٍّ منها اسم دخول خاص.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>What happened in your organization, newest first. New ones appear as they happen.</source>
        <translation>ما حدث في مؤسستك، الأحدث أولًا. تظهر الإشعارات الجديدة فور حدوثها.</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>الإشعارات (%1)</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>طلبات الموافقة</translation>
    </message>
    <message>
        <source>My approval requests</source>
        <translation>طلبات الموافقة الخاصة بي</translation>
    </message>
    <message>
        <source>Changes organization admins asked for in published elections. Compare, then approve or reject.</source>
        <translation>التغييرات التي طلبها مسؤولو المؤسسة في الانتخابات المنشورة. قارن، ثم وافق أو ارفض.</translation>
    </message>
    <message>
        <source>Changes you asked for in published elections, and the owner&apos;s decisions.</source>
        <translation>التغييرات التي طلبتها في الانتخابات المنشورة، وقرارات المالك فيها.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <source>Pay for publishing elections: the balance, every movement, and top-ups by card.</source>
        <translation>الدفع مقابل نشر الانتخابات: الرصيد، وكل حركة، وشحن الرصيد بالبطاقة.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Your organization&apos;s name, country and the time zone its elections are shown in.</source>
        <translation>اسم مؤسستك وبلدها والمنطقة الزمنية التي تُعرض بها انتخاباتها.</translation>
    </message>
</context>
<context>
    <name>Elect::MessageBanner</name>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
</context>
<context>
    <name>Elect::MessageTemplates</name>
    <message>
        <source>Verify your email address for Elect</source>
        <translation>أكّد عنوان بريدك الإلكتروني لدى Elect</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>To verify your email address, enter this code in Elect:</source>
        <translation>لتأكيد عنوان بريدك الإلكتروني، أدخل هذا الرمز في Elect:</translation>
    </message>
    <message>
        <source>The code is valid for 48 hours and can be used once. If you did not register with Elect, ignore this email.</source>
        <translation>الرمز صالح لمدة 48 ساعة ويمكن استخدامه مرة واحدة. إذا لم تسجّل في Elect، فتجاهل هذه الرسالة.</translation>
    </message>
    <message>
        <source>Reset your Elect password</source>
        <translation>أعد تعيين كلمة مرورك في Elect</translation>
    </message>
    <message>
        <source>To choose a new password, enter this code in Elect:</source>
        <translation>لاختيار كلمة مرور جديدة، أدخل هذا الرمز في Elect:</translation>
    </message>
    <message>
        <source>The code is valid for one hour and can be used once. If you did not ask for it, ignore this email: your password stays as it is.</source>
        <translation>الرمز صالح لمدة ساعة واحدة ويمكن استخدامه مرة واحدة. إذا لم تطلبه، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.</translation>
    </message>
    <message>
        <source>%1 was accepted on Elect. You can now sign in, top up the wallet and create elections.</source>
        <translation>قُبلت %1 في Elect. يمكنك الآن تسجيل الدخول وشحن رصيد المحفظة وإنشاء الانتخابات.</translation>
    </message>
    <message>
        <source>%1 was not accepted on Elect.</source>
        <translation>لم تُقبل %1 في Elect.</translation>
    </message>
    <message>
        <source>The reason given: %1</source>
        <translation>السبب المذكور: %1</translation>
    </message>
    <message>
        <source>If you think this is a mistake, reply to the platform&apos;s operator.</source>
        <translation>إذا كنت تعتقد أن في ذلك خطأ، فراسل مشغّل المنصة بالرد على هذه الرسالة.</translation>
    </message>
    <message>
        <source>Your organization was accepted on Elect</source>
        <translation>قُبلت مؤسستك في Elect</translation>
    </message>
    <message>
        <source>Your organization was not accepted on Elect</source>
        <translation>لم تُقبل مؤسستك في Elect</translation>
    </message>
    <message>
        <source>Your Elect code is %1</source>
        <translation>رمزك في Elect هو %1</translation>
    </message>
    <message>
        <source>Reminder: voting in &quot;%1&quot; closes at %2 on %3 and you have not voted yet. Bring your national ID to a polling station.</source>
        <translation>تذكير: يُغلق باب التصويت في &quot;%1&quot; الساعة %2 يوم %3، ولم تصوّت بعد. أحضر بطاقة الرقم القومي إلى أحد مراكز الاقتراع.</translation>
    </message>
    <message>
        <source>Someone tried to register with your address</source>
        <translation>حاول شخص ما التسجيل باستخدام عنوانك</translation>
    </message>
    <message>
        <source>Someone tried to register a new organization on Elect with this email address, which already has an account. Nothing was created and your account is unchanged.</source>
        <translation>حاول شخص ما تسجيل مؤسسة جديدة في Elect باستخدام عنوان البريد الإلكتروني هذا، وهو مرتبط بحساب قائم بالفعل. لم يُنشأ أي شيء، وبقي حسابك دون تغيير.</translation>
    </message>
    <message>
        <source>If it was you, sign in with your account instead; if you forgot its password, choose &quot;Forgot password&quot; in Elect. If it was not you, ignore this email.</source>
        <translation>إذا كنت أنت من حاول ذلك، فسجّل الدخول بحسابك بدلًا من ذلك؛ وإذا نسيت كلمة مروره، فاختر &quot;نسيت كلمة المرور&quot; في Elect. وإذا لم تكن أنت، فتجاهل هذه الرسالة.</translation>
    </message>
</context>
<context>
    <name>Elect::Migrator</name>
    <message>
        <source>Migration %1 was changed after it was applied to this database (checksum %2 applied, %3 shipped). Shipped migrations must never be edited; restore the original file and add a new migration.</source>
        <translation>تم تغيير الترحيل %1 بعد تطبيقه على قاعدة البيانات هذه (المجموع الاختباري المطبَّق %2، والمرفق مع البرنامج %3). يجب عدم تعديل الترحيلات المرفقة أبدًا؛ استعد الملف الأصلي وأضف ترحيلًا جديدًا.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>فشل الترحيل %1 وتم التراجع عنه: %2</translation>
    </message>
</context>
<context>
    <name>Elect::NationalId</name>
    <message>
        <source>A national id may contain only digits, spaces and dashes; character %1 is not allowed.</source>
        <translation>لا يجوز أن يحتوي الرقم القومي إلا على أرقام ومسافات وشرطات؛ والحرف %1 غير مسموح به.</translation>
    </message>
    <message>
        <source>The national id is empty.</source>
        <translation>الرقم القومي فارغ.</translation>
    </message>
    <message>
        <source>A national id has at least 4 digits; this one has %1.</source>
        <translation>يتكون الرقم القومي من 4 أرقام على الأقل؛ وعدد أرقام هذا الرقم %1.</translation>
    </message>
    <message>
        <source>A national id has at most 32 digits; this one has %1.</source>
        <translation>يتكون الرقم القومي من 32 رقمًا على الأكثر؛ وعدد أرقام هذا الرقم %1.</translation>
    </message>
</context>
<context>
    <name>Elect::NewAdminDialog</name>
    <message>
        <source>Add an administrator</source>
        <translation>إضافة مسؤول</translation>
    </message>
    <message>
        <source>Administrators prepare elections, candidates and voters with you. They cannot add other administrators or kiosks.</source>
        <translation>يُعدّ المسؤولون الانتخابات والمرشحين والناخبين معك. ولا يمكنهم إضافة مسؤولين آخرين أو أكشاك.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>الاسم الأول (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>اسم العائلة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <source>They get an email to verify their address. Then they choose their own password with “Forgot password” on the sign-in window, using the code from a second email. You never see or set their password.</source>
        <translation>تصلهم رسالة بريد إلكتروني لتأكيد عنوانهم. ثم يختارون كلمة مرورهم بأنفسهم من «نسيت كلمة المرور» في نافذة تسجيل الدخول، باستخدام الرمز الوارد في رسالة ثانية. لن ترى كلمة مرورهم ولن تحدّدها أبدًا.</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>إرسال الدعوة</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>جارٍ إرسال الدعوة…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Elect::NewElectionDialog</name>
    <message>
        <source>New election</source>
        <translation>انتخابات جديدة</translation>
    </message>
    <message>
        <source>A new election starts as a draft: add its candidates and voters, then publish it.</source>
        <translation>تبدأ الانتخابات الجديدة مسودةً: أضف مرشحيها وناخبيها، ثم انشرها.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>إنشاء مسودة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New election…</source>
        <translation>انتخابات جديدة (&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Elect::NewKioskDialog</name>
    <message>
        <source>Add a kiosk</source>
        <translation>إضافة كشك</translation>
    </message>
    <message>
        <source>A kiosk is a computer at a polling station where voters cast their votes. After you create it, you get the code that sets it up.</source>
        <translation>الكشك حاسوب في مركز اقتراع يُدلي عليه الناخبون بأصواتهم. بعد إنشائه، تحصل على الرمز الذي يُعدّه.</translation>
    </message>
    <message>
        <source>e.g. Main hall 1</source>
        <translation>مثال: القاعة الرئيسية 1</translation>
    </message>
    <message>
        <source>e.g. Al-Nour School, Giza</source>
        <translation>مثال: مدرسة النور، الجيزة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Polling station</source>
        <translation>مركز الاقتراع (&amp;P)</translation>
    </message>
    <message>
        <source>Create kiosk</source>
        <translation>إنشاء الكشك</translation>
    </message>
    <message>
        <source>Creating the kiosk…</source>
        <translation>جارٍ إنشاء الكشك…</translation>
    </message>
</context>
<context>
    <name>Elect::NotificationTableModel</name>
    <message>
        <source>Election published</source>
        <translation>نُشرت الانتخابات</translation>
    </message>
    <message>
        <source>Election started</source>
        <translation>بدأت الانتخابات</translation>
    </message>
    <message>
        <source>Election ended</source>
        <translation>انتهت الانتخابات</translation>
    </message>
    <message>
        <source>Results counted</source>
        <translation>فُرزت النتائج</translation>
    </message>
    <message>
        <source>Election cancelled</source>
        <translation>أُلغيت الانتخابات</translation>
    </message>
    <message>
        <source>Wallet topped up</source>
        <translation>شُحن رصيد المحفظة</translation>
    </message>
    <message>
        <source>Wallet charged</source>
        <translation>خُصم من المحفظة</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>تعذّر الدفع</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>طُلبت موافقة</translation>
    </message>
    <message>
        <source>Organization accepted</source>
        <translation>قُبلت المؤسسة</translation>
    </message>
    <message>
        <source>Organization rejected</source>
        <translation>رُفضت المؤسسة</translation>
    </message>
    <message>
        <source>Administrator added</source>
        <translation>أُضيف مسؤول</translation>
    </message>
    <message>
        <source>Kiosk added</source>
        <translation>أُضيف كشك</translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation>تمت الموافقة على التغيير</translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation>رُفض التغيير</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>الانتخابات: %1</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>المرشح: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
</context>
<context>
    <name>Elect::NotificationsPage</name>
    <message>
        <source>No notifications yet. Publishing, payments, approval requests and results are announced here as they happen.</source>
        <translation>لا توجد إشعارات بعد. يُعلَن هنا عن النشر والمدفوعات وطلبات الموافقة والنتائج فور حدوثها.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Double-click a notification, or press Enter, to open what it concerns.</source>
        <translation>انقر نقرًا مزدوجًا على إشعار، أو اضغط Enter، لفتح ما يخصه.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked read.</source>
        <translation>
            <numerusform>لم يُعلَّم أي إشعار كمقروء.</numerusform>
            <numerusform>عُلِّم إشعار واحد كمقروء.</numerusform>
            <numerusform>عُلِّم إشعاران كمقروءين.</numerusform>
            <numerusform>عُلِّمت %n إشعارات كمقروءة.</numerusform>
            <numerusform>عُلِّم %n إشعارًا كمقروء.</numerusform>
            <numerusform>عُلِّم %n إشعار كمقروء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the election, the candidate or the approval request this notification is about</source>
        <translation>فتح الانتخابات أو المرشح أو طلب الموافقة الذي يخصه هذا الإشعار</translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationPeopleModel</name>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير مؤكَّد</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعَّل</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>تأكيد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationSettingsPage</name>
    <message>
        <source>&amp;Use this time zone</source>
        <translation>استخدام هذه المنطقة الزمنية (&amp;U)</translation>
    </message>
    <message>
        <source>Elections are shown and typed in this time zone, whoever&apos;s computer is used. Changing it keeps every election at the same moment; only the clock times shown change.</source>
        <translation>تُعرض أوقات الانتخابات وتُكتب بهذه المنطقة الزمنية، أيًّا كان الحاسوب المستخدَم. وتغييرها يُبقي كل انتخابات في اللحظة نفسها؛ ولا يتغير إلا توقيت الساعة المعروض.</translation>
    </message>
    <message>
        <source>Elections are shown and typed in this time zone. Only the organization&apos;s owner may change it.</source>
        <translation>تُعرض أوقات الانتخابات وتُكتب بهذه المنطقة الزمنية. ولا يغيّرها إلا مالك المؤسسة.</translation>
    </message>
    <message>
        <source>Search time zones: a city or a region, e.g. Cairo</source>
        <translation>ابحث في المناطق الزمنية بالاسم الإنجليزي لمدينة أو منطقة، مثل Cairo</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>البحث في المناطق الزمنية</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>المناطق الزمنية</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>The organization&apos;s time zone is now %1. Election times are shown and typed in it.</source>
        <translation>أصبحت المنطقة الزمنية للمؤسسة %1. تُعرض أوقات الانتخابات وتُكتب بها.</translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationSettingsRepository</name>
    <message>
        <source>This account belongs to no organization.</source>
        <translation>لا ينتمي هذا الحساب إلى أي مؤسسة.</translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>تأكيد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationsPage</name>
    <message>
        <source>People who run it</source>
        <translation>القائمون عليها</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>قبول (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>رفض (&amp;R)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Show organizations</source>
        <translation>عرض المؤسسات</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض (&amp;S):</translation>
    </message>
    <message>
        <source>Search by name, country code, owner or email (Ctrl+F)</source>
        <translation>ابحث بالاسم أو رمز البلد أو المالك أو البريد الإلكتروني (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>البحث في المؤسسات</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>People who run the selected organization</source>
        <translation>القائمون على المؤسسة المحددة</translation>
    </message>
    <message>
        <source>Let this organization&apos;s owner sign in and create elections</source>
        <translation>السماح لمالك هذه المؤسسة بتسجيل الدخول وإنشاء الانتخابات</translation>
    </message>
    <message>
        <source>Turn this registration down, with a reason the owner will read</source>
        <translation>رفض هذا التسجيل، مع ذكر سبب سيقرؤه المالك</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No organization matches “%1” here. Check the spelling, or show all states.</source>
        <translation>لا توجد مؤسسة تطابق «%1» هنا. تحقّق من الإملاء، أو اعرض جميع الحالات.</translation>
    </message>
    <message>
        <source>No organization is waiting for review. New registrations appear here.</source>
        <translation>لا توجد مؤسسة بانتظار المراجعة. ستظهر التسجيلات الجديدة هنا.</translation>
    </message>
    <message>
        <source>No organization is in this state.</source>
        <translation>لا توجد مؤسسة في هذه الحالة.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>المالك: %1</translation>
    </message>
    <message>
        <source>Registered %1 · %2</source>
        <translation>سُجّلت %1 · %2</translation>
    </message>
    <message>
        <source>Waiting for review.</source>
        <translation>بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>قُبلت %1.</translation>
    </message>
    <message>
        <source>Rejected %1. Reason given to the owner: %2</source>
        <translation>رُفضت %1. السبب المُبلَّغ للمالك: %2</translation>
    </message>
    <message>
        <source>People who run it (%1)</source>
        <translation>القائمون عليها (%1)</translation>
    </message>
    <message>
        <source>%1 was accepted. The owner is told by email and can sign in now.</source>
        <translation>قُبلت %1. أُبلغ المالك بالبريد الإلكتروني ويمكنه تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation>رفض %1؟</translation>
    </message>
    <message>
        <source>Reject %1? This cannot be undone: the owner cannot sign in, and is told by email with your reason.</source>
        <translation>رفض %1؟ لا يمكن التراجع عن ذلك: لن يتمكن المالك من تسجيل الدخول، وسيُبلَّغ بالبريد الإلكتروني مع ذكر سببك.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>%1 was rejected. The owner is told by email, with your reason.</source>
        <translation>رُفضت %1. أُبلغ المالك بالبريد الإلكتروني، مع ذكر سببك.</translation>
    </message>
</context>
<context>
    <name>Elect::PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message>
        <source>Strength: type a password</source>
        <translation>القوة: اكتب كلمة مرور</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>القوة: ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>القوة: ضعيفة</translation>
    </message>
    <message>
        <source>Strength: fair, not enough</source>
        <translation>القوة: مقبولة، لكنها غير كافية</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>القوة: قوية</translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation>القوة: قصيرة جدًا</translation>
    </message>
    <message>
        <source>Strength: very strong</source>
        <translation>القوة: قوية جدًا</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>استخدم حرفًا واحدًا على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
            <numerusform>استخدم حرفين على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
            <numerusform>استخدم %n حرف على الأقل؛ فبضع كلمات غير مترابطة يسهل تذكّرها ويصعب تخمينها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it longer: add another word or two.</source>
        <translation>اجعلها أطول: أضف كلمة أو كلمتين أخريين.</translation>
    </message>
</context>
<context>
    <name>Elect::PasswordStrength</name>
    <message>
        <source>A short password is easy to guess.</source>
        <translation>كلمة المرور القصيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Make it longer: a few uncommon words together are easy to remember.</source>
        <translation>اجعلها أطول: بضع كلمات غير شائعة معًا يسهل تذكّرها.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>هذه واحدة من أكثر عشر كلمات مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>هذه واحدة من أكثر مئة كلمة مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جدًا.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>الكلمة الواحدة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Common words and names are easy to guess.</source>
        <translation>الكلمات والأسماء الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <source>A password made from your name, email address or organization is easy to guess.</source>
        <translation>كلمة المرور المكوّنة من اسمك أو بريدك الإلكتروني أو اسم مؤسستك سهلة التخمين.</translation>
    </message>
    <message>
        <source>Rows of keys, like qwerty or 12345, are easy to guess.</source>
        <translation>صفوف المفاتيح المتجاورة، مثل qwerty أو 12345، سهلة التخمين.</translation>
    </message>
    <message>
        <source>Sequences, like abc or 6543, are easy to guess.</source>
        <translation>التسلسلات، مثل abc أو 6543، سهلة التخمين.</translation>
    </message>
    <message>
        <source>Repeats, like aaa or abcabc, are easy to guess.</source>
        <translation>التكرارات، مثل aaa أو abcabc، سهلة التخمين.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>التواريخ والسنوات سهلة التخمين.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين أخريين. والكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <source>Capitals in the usual places do not help much.</source>
        <translation>الأحرف الكبيرة في مواضعها المعتادة لا تفيد كثيرًا.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alike symbols, like @ for a, does not help much.</source>
        <translation>استبدال الأحرف برموز تشبهها، مثل @ بدلًا من a، لا يفيد كثيرًا.</translation>
    </message>
    <message>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>الكلمات المكتوبة بالعكس ليست أصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
</context>
<context>
    <name>Elect::PinHash</name>
    <message>
        <source>The PIN is made of digits only.</source>
        <translation>يتكون الرقم السري من أرقام فقط.</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 12 digits for the poll workers.</source>
        <translation>اختر رقمًا سريًا من 6 إلى 12 رقمًا لموظفي اللجنة.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN in both fields.</source>
        <translation>الرقمان السريان غير متطابقين. اكتب الرقم السري نفسه في الحقلين.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it repeats one digit or counts up or down. Choose digits without such a pattern.</source>
        <translation>هذا الرقم السري سهل التخمين جدًا: فهو يكرر رقمًا واحدًا أو يتسلسل تصاعديًا أو تنازليًا. اختر أرقامًا لا تتبع نمطًا كهذا.</translation>
    </message>
</context>
<context>
    <name>Elect::PlatformRepository</name>
    <message>
        <source>A tier in %1 that starts at %2 voters exists already. Change that tier instead.</source>
        <translation>توجد بالفعل شريحة بعملة %1 تبدأ من %2 ناخب. غيّر تلك الشريحة بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Elect::PollWorkerGate</name>
    <message numerus="yes">
        <source>Too many wrong PINs were entered. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقيقتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقائق، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs were entered. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>أُدخلت أرقام سرية خاطئة مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot check the PIN because it cannot read its keychain. Ask the kiosk&apos;s IT staff for help.</source>
        <translation>لا يستطيع الكشك التحقق من الرقم السري لأنه لا يستطيع قراءة سلسلة المفاتيح الخاصة به. اطلب المساعدة من فريق تقنية المعلومات المسؤول عن الكشك.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. After %n more wrong PIN(s), the kiosk makes you wait before you can try again.</source>
        <translation>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولة خاطئة أخرى، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولة خاطئة أخرى، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولتين خاطئتين أخريين، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولات خاطئة أخرى، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولة خاطئة أخرى، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
            <numerusform>هذا الرقم السري غير صحيح. بعد %n محاولة خاطئة أخرى، سيطلب منك الكشك الانتظار قبل أن تحاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>A vote is being sent to the server. Wait until the voter has their receipt, then enter the PIN again.</source>
        <translation>يجري الآن إرسال صوت إلى الخادم. انتظر حتى يحصل الناخب على إيصاله، ثم أدخل الرقم السري مرة أخرى.</translation>
    </message>
    <message>
        <source>A vote is being sent to the server. Wait until the voter has their receipt, then try again.</source>
        <translation>يجري الآن إرسال صوت إلى الخادم. انتظر حتى يحصل الناخب على إيصاله، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Elect::PricingPage</name>
    <message>
        <source>No pricing tier yet. With payments on, an election can be published only when a tier covers its number of potential voters: add one.</source>
        <translation>لا توجد شريحة تسعير بعد. عند تفعيل المدفوعات، لا يمكن نشر الانتخابات إلا إذا غطّت شريحةٌ عدد ناخبيها المحتملين: أضف شريحة.</translation>
    </message>
    <message>
        <source>&amp;Add tier…</source>
        <translation>إضافة شريحة (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تغيير (&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>حذف (&amp;M)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Pricing tiers</source>
        <translation>شرائح التسعير</translation>
    </message>
    <message>
        <source>Double-click a tier, or press Enter, to change it; Delete removes it.</source>
        <translation>انقر نقرًا مزدوجًا على شريحة، أو اضغط Enter، لتغييرها؛ ويحذفها المفتاح Delete.</translation>
    </message>
    <message>
        <source>The %1 tier for %2 was added.</source>
        <translation>أُضيفت شريحة %1 لـ %2.</translation>
    </message>
    <message>
        <source>The %1 tier for %2 was changed.</source>
        <translation>غُيّرت شريحة %1 لـ %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Remove the tier?</source>
        <translation>حذف الشريحة؟</translation>
    </message>
    <message>
        <source>Remove the tier %1? Elections of that size cannot be published until another tier covers them.</source>
        <translation>حذف الشريحة %1؟ لن يمكن نشر الانتخابات بهذا الحجم حتى تغطيها شريحة أخرى.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The tier %1 was removed.</source>
        <translation>حُذفت الشريحة %1.</translation>
    </message>
</context>
<context>
    <name>Elect::PricingTierDialog</name>
    <message>
        <source>No upper limit</source>
        <translation>بلا حد أعلى</translation>
    </message>
    <message>
        <source>Change pricing tier</source>
        <translation>تغيير شريحة التسعير</translation>
    </message>
    <message>
        <source>New pricing tier</source>
        <translation>شريحة تسعير جديدة</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the wallet&apos;s currency, such as EGP or USD</source>
        <translation>رمز ISO 4217 لعملة المحفظة، مثل EGP أو USD</translation>
    </message>
    <message>
        <source>for example 1500 or 1500.50; 0 for free</source>
        <translation>مثلًا 1500 أو 1500.50؛ و0 للمجاني</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>العملة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;From (potential voters):</source>
        <translation>من (الناخبون المحتملون) (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To (potential voters):</source>
        <translation>إلى (الناخبون المحتملون) (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Price to publish:</source>
        <translation>سعر النشر (&amp;P):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Enter a three-letter currency and the price in it.</source>
        <translation>أدخل عملة من ثلاثة أحرف والسعر بها.</translation>
    </message>
    <message>
        <source>Publishing an election of %1 will cost %2.</source>
        <translation>سيكلّف نشر انتخابات بـ %1 مبلغ %2.</translation>
    </message>
    <message>
        <source>The price is not an amount. Type it in %1 with digits, for example 1500 or 1500.50 (at most 999,999.99), or 0 for a free tier.</source>
        <translation>السعر ليس مبلغًا. اكتبه بعملة %1 بالأرقام، مثلًا 1500 أو 1500.50 (999,999.99 على الأكثر)، أو 0 لشريحة مجانية.</translation>
    </message>
</context>
<context>
    <name>Elect::PricingTierModel</name>
    <message>
        <source>%1 voters or more</source>
        <translation>%1 ناخب أو أكثر</translation>
    </message>
    <message>
        <source>%1 to %2 voters</source>
        <translation>من %1 إلى %2 ناخب</translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation>مجاني (%1)</translation>
    </message>
    <message>
        <source>Potential voters</source>
        <translation>الناخبون المحتملون</translation>
    </message>
    <message>
        <source>Price to publish</source>
        <translation>سعر النشر</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>Elect::RegisterDialog</name>
    <message>
        <source>Register an organization</source>
        <translation>تسجيل مؤسسة</translation>
    </message>
    <message>
        <source>Register your organization to run its elections with Elect. We email you a code to confirm your address; then the platform&apos;s team reviews the organization, and you can sign in once it is accepted.</source>
        <translation>سجّل مؤسستك لإجراء انتخاباتها باستخدام Elect. نرسل إليك رمزًا بالبريد الإلكتروني لتأكيد عنوانك؛ ثم يراجع فريق المنصة المؤسسة، ويمكنك تسجيل الدخول بعد قبولها.</translation>
    </message>
    <message>
        <source>Nile Rowing Club</source>
        <translation>نادي النيل للتجديف</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>المؤسسة (&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>البلد (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تكرار كلمة المرور (&amp;R):</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Enter your organization&apos;s name, as its members know it.</source>
        <translation>أدخل اسم مؤسستك كما يعرفه أعضاؤها.</translation>
    </message>
    <message>
        <source>Enter your first and last name.</source>
        <translation>أدخل اسمك الأول واسم عائلتك.</translation>
    </message>
    <message>
        <source>Enter your email address, such as name@example.org. The code goes there.</source>
        <translation>أدخل عنوان بريدك الإلكتروني، مثل name@example.org. سيُرسل الرمز إليه.</translation>
    </message>
    <message>
        <source>Choose a stronger password: the advice under it says how.</source>
        <translation>اختر كلمة مرور أقوى: النصيحة أسفلها توضح الطريقة.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
</context>
<context>
    <name>Elect::RegistrationClient</name>
    <message>
        <source>The email address is not valid. Write it as name@example.org.</source>
        <translation>عنوان البريد الإلكتروني غير صالح. اكتبه بالصيغة name@example.org.</translation>
    </message>
    <message>
        <source>A name is missing. Fill in every name field.</source>
        <translation>أحد الأسماء ناقص. املأ جميع حقول الأسماء.</translation>
    </message>
    <message>
        <source>The organization&apos;s name needs at least 2 characters.</source>
        <translation>يجب ألا يقل اسم المؤسسة عن حرفين.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as EG or GB.</source>
        <translation>يجب أن يكون البلد رمزًا من حرفين مثل EG أو GB.</translation>
    </message>
    <message>
        <source>An organization with this name is already registered. Choose another name.</source>
        <translation>توجد مؤسسة مسجلة بهذا الاسم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Ask for a new one.</source>
        <translation>هذا الرمز غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a longer one, such as a few unrelated words.</source>
        <translation>كلمة المرور هذه سهلة التخمين جدًا. اختر كلمة مرور أطول، مثل بضع كلمات لا رابط بينها.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Elect service cannot work right now. Try again in a few minutes.</source>
        <translation>لا تستطيع خدمة Elect العمل الآن. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The Elect service did not understand the request (%1). Update Elect, or tell the platform&apos;s operator.</source>
        <translation>لم تفهم خدمة Elect الطلب (%1). حدّث Elect، أو أبلغ مشغّل المنصة.</translation>
    </message>
    <message>
        <source>The Elect service cannot be reached. Check the network and the service&apos;s address, then try again.</source>
        <translation>تعذّر الوصول إلى خدمة Elect. تحقق من الشبكة ومن عنوان الخدمة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one.</source>
        <translation>تم تغيير كلمة مرورك. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Your email address is verified. An organization can sign in once the platform has accepted it.</source>
        <translation>تم تأكيد عنوان بريدك الإلكتروني. ويمكن للمؤسسة تسجيل الدخول بعد أن تقبلها المنصة.</translation>
    </message>
    <message>
        <source>If the address can receive it, an email is on its way. Follow its instructions; it may take a few minutes.</source>
        <translation>إذا كان العنوان يستطيع استقبالها، فهناك رسالة بريد إلكتروني في طريقها إليه. اتبع التعليمات الواردة فيها؛ فقد يستغرق وصولها بضع دقائق.</translation>
    </message>
    <message>
        <source>The Elect service&apos;s address must start with https:// (passwords never cross a network in the clear); plain http:// only to this computer.</source>
        <translation>يجب أن يبدأ عنوان خدمة Elect بـ https:// (فكلمات المرور لا تعبر الشبكة أبدًا دون تشفير)؛ ولا يُسمح بـ http:// العادي إلا للاتصال بهذا الحاسوب.</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Elect::RejectOrganizationDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>رفض %1</translation>
    </message>
    <message>
        <source>Why is %1 turned down? The owner reads this in an email and when signing in, so say what they could change.</source>
        <translation>لماذا تُرفض %1؟ سيقرأ المالك هذا في رسالة بريد إلكتروني وعند تسجيل الدخول، فاذكر ما يمكنه تغييره.</translation>
    </message>
    <message>
        <source>For example: the registration names no real club; send the club&apos;s registration number and register again.</source>
        <translation>مثال: لا يذكر التسجيل ناديًا حقيقيًا؛ أرسل رقم تسجيل النادي وسجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Reject organization</source>
        <translation>رفض المؤسسة</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>السبب مطلوب.</translation>
    </message>
    <message>
        <source>%1 characters: shorten it to %2 at most.</source>
        <translation>%1 حرف: اختصره إلى %2 على الأكثر.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرف</translation>
    </message>
</context>
<context>
    <name>Elect::ResetPasswordDialog</name>
    <message>
        <source>Reset your password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>We email you a code to choose a new password. The code works once, for one hour.</source>
        <translation>نرسل إليك رمزًا بالبريد الإلكتروني لاختيار كلمة مرور جديدة. يعمل الرمز مرة واحدة، لمدة ساعة.</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>لدي رمز (&amp;H)</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>إرسال رمز جديد (&amp;N)</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation>ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>الرمز (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تكرار كلمة المرور (&amp;R):</translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation>إرسال الرمز</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Enter the email address of your Elect account; the code goes there.</source>
        <translation>أدخل عنوان البريد الإلكتروني لحسابك في Elect؛ سيُرسل الرمز إليه.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>If %1 has an Elect account, a code is on its way. Paste it here and choose a new password.</source>
        <translation>إن كان لـ %1 حساب في Elect، فالرمز في طريقه إليك. الصقه هنا واختر كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Paste or type the code from the email we sent you.</source>
        <translation>الصق الرمز الوارد في رسالة البريد الإلكتروني التي أرسلناها إليك أو اكتبه.</translation>
    </message>
    <message>
        <source>Choose a stronger password: the advice under it says how.</source>
        <translation>اختر كلمة مرور أقوى: النصيحة أسفلها توضح الطريقة.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>جارٍ التغيير…</translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Check that you copied all of it, or click &quot;Send a new code&quot;.</source>
        <translation>هذا الرمز غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته. تأكّد من أنك نسخته كاملًا، أو انقر «إرسال رمز جديد».</translation>
    </message>
</context>
<context>
    <name>Elect::SecretStore</name>
    <message>
        <source>Nothing is saved in the keychain for this.</source>
        <translation>لا يوجد شيء محفوظ لهذا في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it, or sign in without saving the password.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة (%1). افتح قفلها، أو سجّل الدخول دون حفظ كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>Elect::Service</name>
    <message>
        <source>The message names no top-up request.</source>
        <translation>لا تحدد الرسالة أي طلب شحن رصيد.</translation>
    </message>
    <message>
        <source>Top-up request %1 does not exist.</source>
        <translation>طلب شحن الرصيد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Top-up request %1 is no longer waiting for a checkout session.</source>
        <translation>لم يعد طلب شحن الرصيد %1 بانتظار جلسة دفع.</translation>
    </message>
    <message>
        <source>Top-up request %1 had changed before its session was recorded; it was left as it was.</source>
        <translation>تغيّر طلب شحن الرصيد %1 قبل تسجيل جلسته؛ فتُرك على حاله.</translation>
    </message>
    <message>
        <source>No handler of this elect serve sends messages of kind &quot;%1&quot;. Update elect serve, then retry the message.</source>
        <translation>لا يوجد في elect serve هذا معالج يرسل رسائل من النوع &quot;%1&quot;. حدّث elect serve، ثم أعد محاولة إرسال الرسالة.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>لم يصل رد خلال %1 ثانية.</translation>
    </message>
    <message>
        <source>The message was cancelled before it was sent.</source>
        <translation>أُلغيت الرسالة قبل إرسالها.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s). Last error: %1</source>
        <translation>
            <numerusform>أُوقف الإرسال بعد %n محاولة. آخر خطأ: %1</numerusform>
            <numerusform>أُوقف الإرسال بعد %n محاولة. آخر خطأ: %1</numerusform>
            <numerusform>أُوقف الإرسال بعد %n محاولتين. آخر خطأ: %1</numerusform>
            <numerusform>أُوقف الإرسال بعد %n محاولات. آخر خطأ: %1</numerusform>
            <numerusform>أُوقف الإرسال بعد %n محاولة. آخر خطأ: %1</numerusform>
            <numerusform>أُوقف الإرسال بعد %n محاولة. آخر خطأ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>close and count ended elections</source>
        <translation>إغلاق الانتخابات المنتهية وفرزها</translation>
    </message>
    <message>
        <source>Election %1 (&quot;%2&quot;) was not counted: %3</source>
        <translation>لم تُفرز الانتخابات %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>Election %1 has more ballots than a count can hold.</source>
        <translation>عدد أوراق الاقتراع في الانتخابات %1 أكبر مما يستوعبه الفرز.</translation>
    </message>
    <message>
        <source>Constituency %1: %2</source>
        <translation>الدائرة الانتخابية %1: %2</translation>
    </message>
    <message>
        <source>The message names no account.</source>
        <translation>لا تحدد الرسالة أي حساب.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>لم يعد الحساب موجودًا.</translation>
    </message>
    <message>
        <source>The database could not prepare the message: %1</source>
        <translation>تعذّر على قاعدة البيانات تجهيز الرسالة: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; another program may use the port. Choose another with [http] listen.</source>
        <translation>تعذّر الاستماع على %1:%2؛ ربما يستخدم برنامج آخر هذا المنفذ. اختر منفذًا آخر عبر listen في [http].</translation>
    </message>
    <message>
        <source>Top-up %1: Stripe could not be asked (%2).</source>
        <translation>شحن الرصيد %1: تعذّر الاستعلام من Stripe (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be reached at %2; check the address, the network and the proxy.</source>
        <translation>تعذّر الوصول إلى %1 على %2؛ تحقق من العنوان والشبكة والخادم الوكيل.</translation>
    </message>
    <message>
        <source>%1 refused the credentials in the configuration (HTTP %2); copy them again from the provider&apos;s console.</source>
        <translation>رفض %1 بيانات الاعتماد الموجودة في الإعدادات (HTTP %2)؛ انسخها مرة أخرى من لوحة تحكم المزوّد.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 at %3; try again later, or check the address.</source>
        <translation>ردّ %1 بالرمز HTTP %2 على %3؛ حاول مرة أخرى لاحقًا، أو تحقق من العنوان.</translation>
    </message>
    <message>
        <source>Twilio accepts the account %1.</source>
        <translation>تقبل Twilio الحساب %1.</translation>
    </message>
    <message>
        <source>Stripe accepts the secret key (live mode).</source>
        <translation>يقبل Stripe المفتاح السري (الوضع الفعلي).</translation>
    </message>
    <message>
        <source>Stripe accepts the secret key (test mode: no real money).</source>
        <translation>يقبل Stripe المفتاح السري (وضع الاختبار: بلا أموال حقيقية).</translation>
    </message>
    <message>
        <source>The mail server %1 accepts Elect&apos;s sign-in.</source>
        <translation>يقبل خادم البريد %1 تسجيل دخول Elect.</translation>
    </message>
    <message>
        <source>remind voters who have not voted</source>
        <translation>تذكير الناخبين الذين لم يصوّتوا بعد</translation>
    </message>
    <message>
        <source>elect serve needs a way to send SMS and email: configure [twilio] and [smtp] in the file given with --config, or try Elect with --file-transport FILE.</source>
        <translation>يحتاج elect serve إلى وسيلة لإرسال رسائل SMS والبريد الإلكتروني: اضبط [twilio] و [smtp] في الملف المحدد عبر --config، أو جرّب Elect باستخدام --file-transport FILE.</translation>
    </message>
    <message>
        <source>Line %1 is neither a [section] nor &quot;key = value&quot; inside a section.</source>
        <translation>السطر %1 ليس [section] ولا &quot;key = value&quot; داخل قسم.</translation>
    </message>
    <message>
        <source>Line %1: [%2] has no key &quot;%3&quot;.</source>
        <translation>السطر %1: لا يحتوي [%2] على المفتاح &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is set twice in [%3].</source>
        <translation>السطر %1: عُيّن &quot;%2&quot; مرتين في [%3].</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a whole number from %3 to %4.</source>
        <translation>السطر %1: يجب أن تكون قيمة %2 عددًا صحيحًا من %3 إلى %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be true or false.</source>
        <translation>السطر %1: يجب أن تكون قيمة %2 إما true أو false.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be an https:// address (plain http only to this machine).</source>
        <translation>السطر %1: يجب أن تكون قيمة %2 عنوانًا يبدأ بـ https:// (ولا يُسمح بـ http العادي إلا لهذا الجهاز).</translation>
    </message>
    <message>
        <source>Line %1: listen must be ADDRESS:PORT, such as 127.0.0.1:8181.</source>
        <translation>السطر %1: يجب أن تكون قيمة listen بالصيغة ADDRESS:PORT، مثل 127.0.0.1:8181.</translation>
    </message>
    <message>
        <source>[twilio] account_sid must be &quot;AC&quot; and 32 hexadecimal digits, as Twilio&apos;s console shows it.</source>
        <translation>يجب أن تتكون قيمة account_sid في [twilio] من &quot;AC&quot; يليها 32 رقمًا ست عشريًا، كما تظهر في لوحة تحكم Twilio.</translation>
    </message>
    <message>
        <source>[twilio] needs auth_token (or ELECT_TWILIO_AUTH_TOKEN in the environment).</source>
        <translation>يحتاج [twilio] إلى auth_token (أو ELECT_TWILIO_AUTH_TOKEN في متغيرات البيئة).</translation>
    </message>
    <message>
        <source>[twilio] needs exactly one of from (a number such as +201001234567) and messaging_service_sid.</source>
        <translation>يحتاج [twilio] إلى واحد فقط من from (رقم مثل +201001234567) و messaging_service_sid.</translation>
    </message>
    <message>
        <source>[smtp] url must be smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS).</source>
        <translation>يجب أن تكون قيمة url في [smtp] بالصيغة smtps://HOST:465 (TLS) أو smtp://HOST:587 (STARTTLS).</translation>
    </message>
    <message>
        <source>[smtp] needs from, the sender&apos;s address (elections@example.org).</source>
        <translation>يحتاج [smtp] إلى from، وهو عنوان المرسل (elections@example.org).</translation>
    </message>
    <message>
        <source>[smtp] has a username but no password (or ELECT_SMTP_PASSWORD).</source>
        <translation>يحتوي [smtp] على اسم مستخدم دون كلمة مرور (أو ELECT_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>[stripe] needs secret_key (sk_live_... or sk_test_...), or ELECT_STRIPE_SECRET_KEY.</source>
        <translation>يحتاج [stripe] إلى secret_key (sk_live_... أو sk_test_...)، أو ELECT_STRIPE_SECRET_KEY.</translation>
    </message>
    <message>
        <source>[stripe] webhook_secrets are the endpoint&apos;s signing secrets (whsec_...), separated by commas while one is rotated.</source>
        <translation>قيمة webhook_secrets في [stripe] هي أسرار التوقيع الخاصة بنقطة النهاية (whsec_...)، مفصولة بفواصل أثناء تدوير أحدها.</translation>
    </message>
    <message>
        <source>[stripe] needs webhook_secrets (whsec_...), or ELECT_STRIPE_WEBHOOK_SECRETS: without it no payment could be credited.</source>
        <translation>يحتاج [stripe] إلى webhook_secrets (whsec_...)، أو ELECT_STRIPE_WEBHOOK_SECRETS: فبدونها لا يمكن إضافة أي دفعة إلى الرصيد.</translation>
    </message>
    <message>
        <source>[stripe] needs success_url and cancel_url: the https pages Stripe sends the payer back to.</source>
        <translation>يحتاج [stripe] إلى success_url و cancel_url: وهما صفحتا https اللتان يعيد Stripe الدافع إليهما.</translation>
    </message>
    <message>
        <source>[dispatcher] retry_cap_seconds must not be less than retry_base_seconds.</source>
        <translation>يجب ألا تقل قيمة retry_cap_seconds في [dispatcher] عن retry_base_seconds.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>تعذّرت قراءة ملف الإعدادات %1: %2.</translation>
    </message>
    <message>
        <source>The configuration file %1 may be read by others, and it holds secrets. Run &quot;chmod 600 %1&quot; and start again.</source>
        <translation>يمكن لمستخدمين آخرين قراءة ملف الإعدادات %1، وهو يحتوي على أسرار. شغّل &quot;chmod 600 %1&quot; ثم ابدأ من جديد.</translation>
    </message>
    <message>
        <source>The configuration file %1 is larger than 1 MiB.</source>
        <translation>حجم ملف الإعدادات %1 أكبر من 1 MiB.</translation>
    </message>
    <message>
        <source>The message names no code request.</source>
        <translation>لا تحدد الرسالة أي طلب رمز.</translation>
    </message>
    <message>
        <source>Not sent: the code was voided before it was sent (the voter asked for a new one).</source>
        <translation>لم تُرسل: أُبطل الرمز قبل إرساله (طلب الناخب رمزًا جديدًا).</translation>
    </message>
    <message>
        <source>The voter has no phone number on record.</source>
        <translation>لا يوجد رقم هاتف مسجَّل للناخب.</translation>
    </message>
    <message>
        <source>The code request no longer exists.</source>
        <translation>لم يعد طلب الرمز موجودًا.</translation>
    </message>
    <message>
        <source>The reminder names no election or voter.</source>
        <translation>لا يحدد التذكير أي انتخابات أو ناخب.</translation>
    </message>
    <message>
        <source>No reminder was needed: the voter has voted, or voting has closed.</source>
        <translation>لم تكن هناك حاجة إلى التذكير: فقد صوّت الناخب، أو أُغلق باب التصويت.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>تعذّرت قراءة ملف المفتاح %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by others, and whoever reads it can sign audit checkpoints. Run &quot;chmod 600 %1&quot; and start again.</source>
        <translation>يمكن لآخرين قراءة ملف المفتاح %1، ومن يقرؤه يستطيع توقيع نقاط التحقق في سجل التدقيق. شغّل &quot;chmod 600 %1&quot; ثم ابدأ من جديد.</translation>
    </message>
    <message>
        <source>The key file %1 is not an Ed25519 private key in PEM form; make one with &quot;elect audit keygen&quot;.</source>
        <translation>ملف المفتاح %1 ليس مفتاحًا خاصًا من نوع Ed25519 بصيغة PEM؛ أنشئ مفتاحًا باستخدام &quot;elect audit keygen&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint file %1: %2.</source>
        <translation>تعذّرت الكتابة في ملف نقاط التحقق %1: %2.</translation>
    </message>
    <message>
        <source>not a regular file that can be made private</source>
        <translation>ليس ملفًا عاديًا يمكن جعله خاصًا</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تعذّرت الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>sign the audit log&apos;s head</source>
        <translation>توقيع رأس سجل التدقيق</translation>
    </message>
    <message>
        <source>Checkpoint line %1 is not a checkpoint.</source>
        <translation>سطر نقطة التحقق %1 ليس نقطة تحقق.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 (row %2) is not signed.</source>
        <translation>سطر نقطة التحقق %1 (الصف %2) غير موقّع.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 (row %2): the signature does not hold under this public key; the line was altered or signed with another key.</source>
        <translation>سطر نقطة التحقق %1 (الصف %2): التوقيع غير صحيح وفق هذا المفتاح العام؛ فإما أن السطر عُدِّل وإما أنه وُقِّع بمفتاح آخر.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed row %2, which is no longer in the log.</source>
        <translation>وقّع سطر نقطة التحقق %1 الصف %2، وهو لم يعد موجودًا في السجل.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log has %4: %5 rows were deleted.</source>
        <translation>وقّع سطر نقطة التحقق %1 صفوفًا عددها %2 حتى الصف %3؛ وفي السجل %4: فقد حُذفت صفوف عددها %5.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log has %4: rows were inserted.</source>
        <translation>وقّع سطر نقطة التحقق %1 صفوفًا عددها %2 حتى الصف %3؛ وفي السجل %4: فقد أُدرجت صفوف.</translation>
    </message>
    <message>
        <source>Checkpoint line %1: the chain recomputed from the rows up to row %2 differs from the signed one: a row up to %2 was changed, removed or added.</source>
        <translation>سطر نقطة التحقق %1: السلسلة المعاد حسابها من الصفوف حتى الصف %2 تختلف عن السلسلة الموقّعة: فقد غُيِّر صف حتى الصف %2 أو حُذف أو أُضيف.</translation>
    </message>
    <message>
        <source>Row %1 does not link to the row before it: a row before it was removed or changed.</source>
        <translation>الصف %1 غير مرتبط بالصف الذي قبله: فقد حُذف صف قبله أو غُيِّر.</translation>
    </message>
    <message>
        <source>Row %1&apos;s hash does not follow from its content: the row was changed.</source>
        <translation>تجزئة الصف %1 لا تنتج عن محتواه: فقد غُيِّر الصف.</translation>
    </message>
    <message>
        <source>%1 more rows are broken.</source>
        <translation>عدد الصفوف التالفة الأخرى: %1.</translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log now ends at row %4 with %5 rows: rows were deleted from its end.</source>
        <translation>وقّع سطر نقطة التحقق %1 صفوفًا عددها %2 حتى الصف %3؛ أما السجل فينتهي الآن عند الصف %4 وعدد صفوفه %5: فقد حُذفت صفوف من نهايته.</translation>
    </message>
    <message>
        <source>Line %1: unknown section [%2]. The sections are [database], [http], [twilio], [smtp], [stripe], [transport], [dispatcher] and [audit].</source>
        <translation>السطر %1: قسم غير معروف [%2]. الأقسام هي [database] و [http] و [twilio] و [smtp] و [stripe] و [transport] و [dispatcher] و [audit].</translation>
    </message>
    <message>
        <source>Line %1: trusted_proxies are addresses or subnets of the operator&apos;s proxies, separated by commas (127.0.0.1, 10.0.0.0/8, ::1).</source>
        <translation>السطر %1: قيمة trusted_proxies هي عناوين الخوادم الوكيلة للمشغّل أو شبكاتها الفرعية، مفصولة بفواصل (127.0.0.1, 10.0.0.0/8, ::1).</translation>
    </message>
    <message>
        <source>[audit] needs both checkpoint_key (the private key, mode 600) and checkpoint_file (where the signed checkpoints go), or neither.</source>
        <translation>يجب أن يحدد [audit] كلًا من checkpoint_key (المفتاح الخاص، بالوضع 600) و checkpoint_file (حيث تُكتب نقاط التحقق الموقّعة)، أو ألا يحدد أيًا منهما.</translation>
    </message>
    <message>
        <source>seal kiosk events into the audit log</source>
        <translation>ختم أحداث الأكشاك في سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>Elect::ServiceDialog</name>
    <message>
        <source>The address of the Elect service (elect serve) that registers organizations and sends the emails. Your IT staff or the platform&apos;s operator can tell you.</source>
        <translation>عنوان خدمة Elect (elect serve) التي تسجّل المؤسسات وترسل رسائل البريد الإلكتروني. يمكن لفريق تقنية المعلومات لديك أو لمشغّل المنصة إخبارك به.</translation>
    </message>
    <message>
        <source>Elect ser&amp;vice:</source>
        <translation>خدمة Elect (&amp;V):</translation>
    </message>
    <message>
        <source>The Elect service&apos;s address must start with https:// (http:// only for this computer), such as https://elect.example.org. Ask your IT staff for it.</source>
        <translation>يجب أن يبدأ عنوان خدمة Elect بـ https://‎ (و http://‎ لهذا الحاسوب فقط)، مثل https://elect.example.org. اسأل فريق تقنية المعلومات لديك عنه.</translation>
    </message>
</context>
<context>
    <name>Elect::SignInDialog</name>
    <message>
        <source>This computer (embedded)</source>
        <translation>هذا الحاسوب (مدمج)</translation>
    </message>
    <message>
        <source>A database server</source>
        <translation>خادم قاعدة بيانات</translation>
    </message>
    <message>
        <source>Remember my password on this computer</source>
        <translation>تذكّر كلمة المرور على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sign in to Elect</source>
        <translation>تسجيل الدخول إلى Elect</translation>
    </message>
    <message>
        <source>Use the email and password of your Elect account.</source>
        <translation>استخدم البريد الإلكتروني وكلمة المرور لحسابك في Elect.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
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
        <source>&amp;Host:</source>
        <translation>المضيف (&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المنفذ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>الأمان (&amp;S):</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>تُحفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب، ولا تُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name, or choose this computer.</source>
        <translation>أدخل اسم خادم قاعدة البيانات، أو اختر هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This is a kiosk&apos;s account. Sign in with the email of a person instead.</source>
        <translation>هذا حساب كشك تصويت. سجّل الدخول بالبريد الإلكتروني لشخص بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>نسيت كلمة المرور؟ (&amp;F)</translation>
    </message>
    <message>
        <source>Enter the &amp;code from the email…</source>
        <translation>إدخال الرمز الوارد في البريد الإلكتروني (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Register an organization…</source>
        <translation>تسجيل مؤسسة (&amp;R)…</translation>
    </message>
    <message>
        <source>New to Elect? Register your organization; the platform&apos;s team reviews it.</source>
        <translation>جديد على Elect؟ سجّل مؤسستك؛ وسيراجعها فريق المنصة.</translation>
    </message>
    <message>
        <source>Your password is right, but this account cannot sign in yet.</source>
        <translation>كلمة مرورك صحيحة، لكن هذا الحساب لا يمكنه تسجيل الدخول بعد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email not verified yet?&lt;/b&gt; Enter the code from the email we sent you.</source>
        <translation>&lt;b&gt;لم تؤكّد بريدك الإلكتروني بعد؟&lt;/b&gt; أدخل الرمز الوارد في الرسالة التي أرسلناها إليك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organization waiting for review?&lt;/b&gt; You will get an email when the platform&apos;s team has accepted it; sign in then. If it is rejected, the email says why and what you can do.</source>
        <translation>&lt;b&gt;مؤسستك بانتظار المراجعة؟&lt;/b&gt; ستصلك رسالة بريد إلكتروني عندما يقبلها فريق المنصة؛ سجّل الدخول حينها. وإن رُفضت، فستوضح الرسالة السبب وما يمكنك فعله.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organization admin?&lt;/b&gt; Your account may be disabled: ask your organization&apos;s owner.</source>
        <translation>&lt;b&gt;مسؤول في مؤسسة؟&lt;/b&gt; ربما عُطّل حسابك: اسأل مالك مؤسستك.</translation>
    </message>
    <message>
        <source>Your email address is verified. A new organization can sign in once the platform&apos;s team has accepted it; you will get an email then.</source>
        <translation>تأكّد عنوان بريدك الإلكتروني. يمكن للمؤسسة الجديدة تسجيل الدخول بعد أن يقبلها فريق المنصة؛ وستصلك رسالة بريد إلكتروني حينها.</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one.</source>
        <translation>تم تغيير كلمة مرورك. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Checking your account…</source>
        <translation>جارٍ التحقق من حسابك…</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>جارٍ التحقق من حسابك</translation>
    </message>
    <message>
        <source>Your account can sign in now. Click Sign in again.</source>
        <translation>يمكن لحسابك تسجيل الدخول الآن. انقر «تسجيل الدخول» مرة أخرى.</translation>
    </message>
    <message>
        <source>Your email address is not verified yet.</source>
        <translation>لم تؤكّد عنوان بريدك الإلكتروني بعد.</translation>
    </message>
    <message>
        <source>Enter the code from the email we sent you when you registered. No email? The next window can send a new code.</source>
        <translation>أدخل الرمز الوارد في رسالة البريد الإلكتروني التي أرسلناها إليك عند التسجيل. لم تصلك الرسالة؟ يمكن للنافذة التالية إرسال رمز جديد.</translation>
    </message>
    <message>
        <source>Your organization is waiting for review.</source>
        <translation>مؤسستك بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>The platform&apos;s team reviews every new organization. You will get an email when it is decided; once it is accepted, sign in here.</source>
        <translation>يراجع فريق المنصة كل مؤسسة جديدة. ستصلك رسالة بريد إلكتروني عند البتّ في أمرها؛ وبعد قبولها، سجّل الدخول من هنا.</translation>
    </message>
    <message>
        <source>Your organization&apos;s registration was rejected.</source>
        <translation>رُفض تسجيل مؤسستك.</translation>
    </message>
    <message>
        <source>The platform&apos;s team gave this reason:</source>
        <translation>ذكر فريق المنصة السبب التالي:</translation>
    </message>
    <message>
        <source>If you can put right what it says, reply to the email about the decision or contact the platform&apos;s team: they can tell you how to apply again.</source>
        <translation>إن كان بإمكانك تصحيح ما ورد فيه، فردّ على رسالة البريد الإلكتروني الخاصة بالقرار أو تواصل مع فريق المنصة: فبإمكانه أن يوضح لك كيفية التقدم بطلب جديد.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>حسابك معطَّل.</translation>
    </message>
    <message>
        <source>Your organization&apos;s owner has disabled your account. Ask the owner to enable it again.</source>
        <translation>عطّل مالك مؤسستك حسابك. اطلب من المالك تفعيله مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account was removed from the organization.</source>
        <translation>أُزيل حسابك من المؤسسة.</translation>
    </message>
    <message>
        <source>Ask your organization&apos;s owner if you should have access; the owner can invite you again.</source>
        <translation>اسأل مالك مؤسستك إن كان ينبغي أن تكون لديك صلاحية الدخول؛ فبإمكان المالك دعوتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Your organization cannot use Elect at the moment.</source>
        <translation>لا يمكن لمؤسستك استخدام Elect في الوقت الحالي.</translation>
    </message>
    <message>
        <source>Ask your organization&apos;s owner: the platform&apos;s team has not accepted the organization.</source>
        <translation>اسأل مالك مؤسستك: لم يقبل فريق المنصة هذه المؤسسة.</translation>
    </message>
</context>
<context>
    <name>Elect::Smtp</name>
    <message>
        <source>The mail server&apos;s address must start with smtp:// or smtps://; check elect serve&apos;s settings.</source>
        <translation>يجب أن يبدأ عنوان خادم البريد بـ smtp:// أو smtps://؛ تحقق من إعدادات elect serve.</translation>
    </message>
    <message>
        <source>Elect sends mail without TLS only to a relay on this machine; use smtps:// or STARTTLS for %1.</source>
        <translation>لا يرسل Elect البريد دون TLS إلا إلى خادم ترحيل على هذا الجهاز؛ استخدم smtps:// أو STARTTLS مع %1.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>تعذّر تشغيل مكتبة البريد.</translation>
    </message>
    <message>
        <source>The mail server refused Elect&apos;s user name or password; check elect serve&apos;s SMTP settings.</source>
        <translation>رفض خادم البريد اسم المستخدم أو كلمة المرور الخاصين بـ Elect؛ تحقق من إعدادات SMTP في elect serve.</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS; use smtps:// or a server that encrypts.</source>
        <translation>لا يوفّر خادم البريد STARTTLS؛ استخدم smtps:// أو خادمًا يدعم التشفير.</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>تعذّر الوصول إلى خادم البريد.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>لم يُجب خادم البريد في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The mail server could not be verified (TLS); check its certificate and this host&apos;s clock.</source>
        <translation>تعذّر التحقق من خادم البريد (TLS)؛ تحقق من شهادته ومن ساعة هذا المضيف.</translation>
    </message>
    <message>
        <source>The mail server refused the message (%1).</source>
        <translation>رفض خادم البريد الرسالة (%1).</translation>
    </message>
    <message>
        <source>Sending the email failed (%1); it will be tried again.</source>
        <translation>فشل إرسال البريد الإلكتروني (%1)؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Elect::Stripe</name>
    <message>
        <source>Stripe refused Elect&apos;s secret key (%1): check the key that elect serve uses.</source>
        <translation>رفضت Stripe المفتاح السري الخاص بـ Elect (%1): تحقق من المفتاح الذي يستخدمه elect serve.</translation>
    </message>
    <message>
        <source>Stripe refused the request (%1): %2</source>
        <translation>رفضت Stripe الطلب (%1): %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer was not a Checkout Session.</source>
        <translation>لم يكن رد Stripe جلسة دفع (Checkout Session).</translation>
    </message>
    <message>
        <source>Elect wallet top-up</source>
        <translation>شحن رصيد محفظة Elect</translation>
    </message>
</context>
<context>
    <name>Elect::Tally</name>
    <message>
        <source>Usage: elect bench tally [--ballots N] [--seed S]
</source>
        <translation>الاستخدام: elect bench tally [--ballots N] [--seed S]
</translation>
    </message>
    <message>
        <source>Usage: elect tally --method irv|stv|block|approval|referendum [options] FILE
FILE is a BLT file (.blt) or a ballot CSV (.csv); see docs/tally.md.
Options:
  --seats N             seats to fill (default: the file&apos;s, else 1)
  --seed S              seed of the lot, to reproduce a count (default: a fresh one, printed)
  --json                print the full result as JSON
  --format blt|csv      read FILE as this format whatever its extension
  --votes-per-voter N   block: marks per ballot (default: seats)
  --at-most             block: a ballot may mark fewer than N
  --min-approvals N     approval: fewest marks on a valid ballot (default 0)
  --max-approvals N     approval: most marks on a valid ballot (default: no limit)
  --majority M          referendum: simple (more than 1/2, default), two-thirds, three-fifths
                        or P/Q (at least P/Q of yes + no)
  --quorum P/Q          referendum: turnout needed, as a share of --electorate
  --electorate N        referendum: registered voters
</source>
        <translation>الاستخدام: elect tally --method irv|stv|block|approval|referendum [options] FILE
FILE ملف BLT (.blt) أو ملف CSV لأوراق الاقتراع (.csv)؛ راجع docs/tally.md.
الخيارات:
  --seats N             عدد المقاعد المطلوب شغلها (الافتراضي: ما في الملف، وإلا 1)
  --seed S              بذرة القرعة، لإعادة إجراء الفرز نفسه (الافتراضي: بذرة جديدة تُطبع)
  --json                طباعة النتيجة كاملة بصيغة JSON
  --format blt|csv      قراءة FILE بهذه الصيغة أيًّا كان امتداده
  --votes-per-voter N   block: عدد العلامات في كل ورقة اقتراع (الافتراضي: عدد المقاعد)
  --at-most             block: يجوز أن تحمل ورقة الاقتراع علامات أقل من N
  --min-approvals N     approval: أقل عدد من العلامات في ورقة الاقتراع الصالحة (الافتراضي 0)
  --max-approvals N     approval: أكبر عدد من العلامات في ورقة الاقتراع الصالحة (الافتراضي: بلا حد)
  --majority M          referendum: simple (أكثر من 1/2، الافتراضي)، أو two-thirds، أو three-fifths
                        أو P/Q (ما لا يقل عن P/Q من مجموع نعم + لا)
  --quorum P/Q          referendum: نسبة المشاركة المطلوبة، كحصة من --electorate
  --electorate N        referendum: عدد الناخبين المسجلين
</translation>
    </message>
    <message>
        <source>Give exactly one ballot file.</source>
        <translation>حدّد ملف أوراق اقتراع واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Choose a counting method with --method.</source>
        <translation>اختر طريقة الفرز باستخدام --method.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>طريقة غير معروفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>يحتاج --seed إلى عدد صحيح من 0 إلى 18446744073709551615.</translation>
    </message>
    <message>
        <source>--seats needs a whole number from 1 to 65535.</source>
        <translation>يحتاج --seats إلى عدد صحيح من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>--votes-per-voter needs a whole number from 1 to 65535.</source>
        <translation>يحتاج --votes-per-voter إلى عدد صحيح من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>--min-approvals needs a whole number from 0 to 65535.</source>
        <translation>يحتاج --min-approvals إلى عدد صحيح من 0 إلى 65535.</translation>
    </message>
    <message>
        <source>--max-approvals needs a whole number from 1 to 65535.</source>
        <translation>يحتاج --max-approvals إلى عدد صحيح من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>--majority needs simple, two-thirds, three-fifths or a fraction such as 3/4.</source>
        <translation>يحتاج --majority إلى simple أو two-thirds أو three-fifths أو كسر مثل 3/4.</translation>
    </message>
    <message>
        <source>--quorum needs a fraction such as 1/2.</source>
        <translation>يحتاج --quorum إلى كسر مثل 1/2.</translation>
    </message>
    <message>
        <source>--electorate needs a positive whole number.</source>
        <translation>يحتاج --electorate إلى عدد صحيح موجب.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .blt or .csv, or use --format.</source>
        <translation>تعذّر تحديد صيغة %1: اجعل امتداده .blt أو .csv، أو استخدم --format.</translation>
    </message>
    <message>
        <source>A tie for the last seat is decided by lot, drawn with the recorded seed (a single count has no earlier round to look back to). Candidates with equal approvals who all win or all lose share a rank.</source>
        <translation>يُحسم التعادل على المقعد الأخير بالقرعة، وتُسحب باستخدام البذرة المسجَّلة (إذ لا توجد في الفرز الواحد جولة سابقة يُرجع إليها). ويتشارك المرشحون المتساوون في عدد الموافقات المرتبةَ نفسها إذا فازوا جميعًا أو خسروا جميعًا.</translation>
    </message>
    <message>
        <source>The fewest approvals a ballot needs (%1) is more than the most it may carry (%2). Lower the minimum or raise the maximum.</source>
        <translation>الحد الأدنى للموافقات المطلوبة في ورقة الاقتراع (%1) أكبر من الحد الأقصى المسموح به (%2). اخفض الحد الأدنى أو ارفع الحد الأقصى.</translation>
    </message>
    <message>
        <source>A valid ballot approves from %1 to %2 candidates.</source>
        <translation>توافق ورقة الاقتراع الصالحة على عدد من المرشحين يتراوح بين %1 و %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>directives (@...) must come before the first ballot.</source>
        <translation>يجب أن تأتي التوجيهات (@...) قبل أول ورقة اقتراع.</translation>
    </message>
    <message>
        <source>@seats needs a whole number of seats from 1 to 65535: &quot;@seats,2&quot; or &quot;@seats,North,2&quot;.</source>
        <translation>يحتاج @seats إلى عدد صحيح من المقاعد من 1 إلى 65535: &quot;@seats,2&quot; أو &quot;@seats,North,2&quot;.</translation>
    </message>
    <message>
        <source>@withdrawn must come after the header row.</source>
        <translation>يجب أن يأتي @withdrawn بعد صف العناوين.</translation>
    </message>
    <message>
        <source>@withdrawn names &quot;%1&quot;, who is not a candidate in the header.</source>
        <translation>يذكر @withdrawn الاسم &quot;%1&quot;، وهو ليس مرشحًا في صف العناوين.</translation>
    </message>
    <message>
        <source>@constituency must come once, after a header row whose first column is the constituency column.</source>
        <translation>يجب أن يأتي @constituency مرة واحدة، بعد صف عناوين يكون عموده الأول هو عمود الدائرة الانتخابية.</translation>
    </message>
    <message>
        <source>the @constituency row has %1 fields, the header has %2.</source>
        <translation>عدد حقول صف @constituency هو %1، وعدد حقول صف العناوين %2.</translation>
    </message>
    <message>
        <source>the @constituency row gives no constituency for %1.</source>
        <translation>لا يحدد صف @constituency دائرة انتخابية للمرشح %1.</translation>
    </message>
    <message>
        <source>unknown directive &quot;%1&quot;; known ones are @title, @seats, @withdrawn and @constituency.</source>
        <translation>توجيه غير معروف &quot;%1&quot;؛ التوجيهات المعروفة هي @title و @seats و @withdrawn و @constituency.</translation>
    </message>
    <message>
        <source>column %1 of the header has no candidate name.</source>
        <translation>العمود %1 في صف العناوين لا يحتوي على اسم مرشح.</translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot; twice.</source>
        <translation>يذكر صف العناوين &quot;%1&quot; مرتين.</translation>
    </message>
    <message>
        <source>the header row names no candidate; it must list the candidates as columns.</source>
        <translation>لا يذكر صف العناوين أي مرشح؛ يجب أن يسرد المرشحين في صورة أعمدة.</translation>
    </message>
    <message>
        <source>more than 65535 candidates.</source>
        <translation>عدد المرشحين أكثر من 65535.</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2.</source>
        <translation>عدد حقول هذا الصف %1، وعدد حقول صف العناوين %2.</translation>
    </message>
    <message>
        <source>the weight must be a whole number of at least 1; found &quot;%1&quot;.</source>
        <translation>يجب أن يكون الوزن عددًا صحيحًا لا يقل عن 1؛ لكن وُجد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the constituency is empty.</source>
        <translation>الدائرة الانتخابية فارغة.</translation>
    </message>
    <message>
        <source>no candidate stands in constituency &quot;%1&quot; (see the @constituency row).</source>
        <translation>لا يوجد مرشح في الدائرة الانتخابية &quot;%1&quot; (انظر صف @constituency).</translation>
    </message>
    <message>
        <source>the cell for %1 must be empty, 0, x or a rank number; found &quot;%2&quot;.</source>
        <translation>يجب أن تكون خانة %1 فارغة، أو 0، أو x، أو رقم ترتيب؛ لكن وُجد &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 does not stand in constituency &quot;%2&quot;.</source>
        <translation>لا يترشح %1 في الدائرة الانتخابية &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>too many ballots: the total weight exceeds what a count allows.</source>
        <translation>أوراق الاقتراع كثيرة جدًا: الوزن الإجمالي يتجاوز ما يسمح به الفرز.</translation>
    </message>
    <message>
        <source>the file has no header row naming the candidates.</source>
        <translation>لا يحتوي الملف على صف عناوين يذكر المرشحين.</translation>
    </message>
    <message>
        <source>@seats names constituency &quot;%1&quot;, which has no candidates or ballots.</source>
        <translation>يذكر @seats الدائرة الانتخابية &quot;%1&quot;، وهي بلا مرشحين ولا أوراق اقتراع.</translation>
    </message>
    <message>
        <source>A tie for the last seat is decided by lot, drawn with the recorded seed (a single count has no earlier round to look back to). Candidates with equal votes who all win or all lose share a rank.</source>
        <translation>يُحسم التعادل على المقعد الأخير بالقرعة، وتُسحب باستخدام البذرة المسجَّلة (إذ لا توجد في الفرز الواحد جولة سابقة يُرجع إليها). ويتشارك المرشحون المتساوون في عدد الأصوات المرتبةَ نفسها إذا فازوا جميعًا أو خسروا جميعًا.</translation>
    </message>
    <message>
        <source>Votes per voter lowered from %1 to the number of candidates, %2.</source>
        <translation>خُفّض عدد الأصوات لكل ناخب من %1 إلى عدد المرشحين، وهو %2.</translation>
    </message>
    <message>
        <source>A valid ballot marks from 1 to %1 candidates.</source>
        <translation>تحدد ورقة الاقتراع الصالحة عددًا من المرشحين يتراوح بين 1 و %1.</translation>
    </message>
    <message>
        <source>A valid ballot marks exactly %1 candidates.</source>
        <translation>تحدد ورقة الاقتراع الصالحة عدد %1 من المرشحين بالضبط.</translation>
    </message>
    <message>
        <source>a quoted name has no closing quote (&quot;).</source>
        <translation>اسم مقتبس بلا علامة اقتباس إغلاق (&quot;).</translation>
    </message>
    <message>
        <source>a candidate name is empty.</source>
        <translation>اسم أحد المرشحين فارغ.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is given to two candidates.</source>
        <translation>الاسم &quot;%1&quot; مُعطى لمرشحَين اثنين.</translation>
    </message>
    <message>
        <source>unexpected text after the title.</source>
        <translation>نص غير متوقع بعد العنوان.</translation>
    </message>
    <message>
        <source>expected a quoted candidate name or title, found &quot;%1&quot;.</source>
        <translation>المتوقع اسم مرشح أو عنوان بين علامتي اقتباس، لكن وُجد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the first line must hold two numbers: the number of candidates and the number of seats.</source>
        <translation>يجب أن يحتوي السطر الأول على عددين: عدد المرشحين وعدد المقاعد.</translation>
    </message>
    <message>
        <source>the number of candidates must be a whole number from 1 to 65535.</source>
        <translation>يجب أن يكون عدد المرشحين عددًا صحيحًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>the number of seats must be a whole number from 1 to 65535.</source>
        <translation>يجب أن يكون عدد المقاعد عددًا صحيحًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>a withdrawn candidate must be written as -1 to -%1; found &quot;%2&quot;.</source>
        <translation>يجب كتابة المرشح المنسحب بقيمة من -1 إلى -%1؛ لكن وُجد &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a ballot must start with its weight, a whole number of at least 1; found &quot;%1&quot;.</source>
        <translation>يجب أن تبدأ ورقة الاقتراع بوزنها، وهو عدد صحيح لا يقل عن 1؛ لكن وُجد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a ballot line must end with 0.</source>
        <translation>يجب أن ينتهي سطر ورقة الاقتراع بالرقم 0.</translation>
    </message>
    <message>
        <source>equal preferences (&quot;=&quot;) are not supported.</source>
        <translation>التفضيلات المتساوية (&quot;=&quot;) غير مدعومة.</translation>
    </message>
    <message>
        <source>a preference must be a candidate number from 1 to %1; found &quot;%2&quot;.</source>
        <translation>يجب أن يكون التفضيل رقم مرشح من 1 إلى %1؛ لكن وُجد &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>candidate %1 appears twice on this ballot.</source>
        <translation>يظهر المرشح %1 مرتين في ورقة الاقتراع هذه.</translation>
    </message>
    <message>
        <source>the file is empty; a BLT file starts with the number of candidates and seats.</source>
        <translation>الملف فارغ؛ يبدأ ملف BLT بعدد المرشحين وعدد المقاعد.</translation>
    </message>
    <message>
        <source>the ballots are not closed by a line holding only 0.</source>
        <translation>لم تُختَم أوراق الاقتراع بسطر لا يحتوي إلا على 0.</translation>
    </message>
    <message>
        <source>expected %1 candidate names, found %2.</source>
        <translation>المتوقع %1 من أسماء المرشحين، لكن وُجد %2.</translation>
    </message>
    <message>
        <source>There is no valid ballot: nobody is elected.</source>
        <translation>لا توجد ورقة اقتراع صالحة: لم يُنتخب أحد.</translation>
    </message>
    <message>
        <source>Only %1 candidates stand for %2 seats: %3 seats stay empty.</source>
        <translation>لا يتنافس سوى %1 من المرشحين على %2 من المقاعد: سيبقى %3 من المقاعد شاغرًا.</translation>
    </message>
    <message>
        <source>%1 votes each, for seat %2 of %3</source>
        <translation>لكل منهم %1 من الأصوات، على المقعد %2 من %3</translation>
    </message>
    <message>
        <source>When two or more candidates tie for fewest votes, the one with fewer votes in the most recent earlier round in which they differed is excluded; if they were equal in every round, a lot drawn with the recorded seed decides. Candidates with no votes are excluded together without a draw.</source>
        <translation>عند تعادل مرشحَين أو أكثر في أقل عدد من الأصوات، يُستبعد من حصل على أصوات أقل في أحدث جولة سابقة اختلفت فيها أصواتهم؛ وإذا تساووا في كل الجولات، تحسم الأمرَ قرعةٌ تُسحب باستخدام البذرة المسجَّلة. ويُستبعد المرشحون الذين لم يحصلوا على أي صوت معًا دون قرعة.</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 votes of continuing ballots, a majority, and is elected.</source>
        <translation>حصل %1 على %2 من أصل %3 من أصوات أوراق الاقتراع المستمرة، وهي أغلبية، فانتُخب.</translation>
    </message>
    <message>
        <source>%1 have no votes and are excluded together.</source>
        <translation>لم يحصل %1 على أي صوت، فاستُبعدوا معًا.</translation>
    </message>
    <message>
        <source>fewest votes, to be excluded</source>
        <translation>أقل الأصوات، للاستبعاد</translation>
    </message>
    <message>
        <source>%1 has the fewest votes (%2) and is excluded.</source>
        <translation>حصل %1 على أقل عدد من الأصوات (%2) فاستُبعد.</translation>
    </message>
    <message>
        <source>No lot is drawn: a proposal passes only with the required majority, so equal yes and no votes (or a share exactly at a strict threshold) mean it fails.</source>
        <translation>لا تُسحب قرعة: لا يُقَرّ المقترح إلا بالأغلبية المطلوبة، لذا فإن تساوي أصوات نعم ولا (أو بلوغ نسبة تساوي الحد الصارم تمامًا) يعني رفضه.</translation>
    </message>
    <message>
        <source>A referendum has two options (yes, no) or three (yes, no, abstain), in that order; this one has %1.</source>
        <translation>للاستفتاء خياران (نعم، لا) أو ثلاثة (نعم، لا، امتناع)، بهذا الترتيب؛ وعدد خيارات هذا الاستفتاء %1.</translation>
    </message>
    <message>
        <source>The required majority and the quorum must be fractions between 0 and 1, such as 2/3.</source>
        <translation>يجب أن تكون الأغلبية المطلوبة والنصاب كسورًا بين 0 و 1، مثل 2/3.</translation>
    </message>
    <message>
        <source>A turnout quorum needs the number of registered voters (the electorate).</source>
        <translation>يحتاج نصاب المشاركة إلى عدد الناخبين المسجلين (الهيئة الناخبة).</translation>
    </message>
    <message>
        <source>Required: yes %1 %2 of the yes and no votes.</source>
        <translation>المطلوب: نعم %1 %2 من أصوات نعم ولا.</translation>
    </message>
    <message>
        <source>Quorum: turnout of at least %1 of %2 registered voters; turnout was %3 (%4).</source>
        <translation>النصاب: مشاركة لا تقل عن %1 من الناخبين المسجلين البالغ عددهم %2؛ وبلغت المشاركة %3 (%4).</translation>
    </message>
    <message>
        <source>met</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>غير متحقق</translation>
    </message>
    <message>
        <source>The proposal passes.</source>
        <translation>أُقِرّ المقترح.</translation>
    </message>
    <message>
        <source>The proposal fails.</source>
        <translation>رُفض المقترح.</translation>
    </message>
    <message>
        <source>Scottish rules 49 and 51: of equal surpluses, the candidate with most votes at the end of the most recent preceding stage at which they had unequal votes is transferred first; of candidates tied for fewest votes, the one with fewest votes at the end of the most recent preceding stage at which they had unequal votes is excluded; if they were equal at every stage, a lot drawn with the recorded seed decides. Candidates elected at the same stage are ranked by their votes, ties decided the same way.</source>
        <translation>القاعدتان 49 و 51 من القواعد الاسكتلندية: عند تساوي الفوائض، يُنقل أولًا فائض المرشح الذي حصل على أكثر الأصوات في نهاية أحدث مرحلة سابقة كانت أصواتهم فيها غير متساوية؛ ومن بين المرشحين المتعادلين في أقل الأصوات، يُستبعد من حصل على أقل الأصوات في نهاية أحدث مرحلة سابقة كانت أصواتهم فيها غير متساوية؛ وإذا تساووا في كل المراحل، تحسم الأمرَ قرعةٌ تُسحب باستخدام البذرة المسجَّلة. ويُرتَّب المرشحون المنتخبون في المرحلة نفسها حسب أصواتهم، ويُحسم التعادل بينهم بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>Quota: %1 valid ballots / (%2 + 1), plus one = %3.</source>
        <translation>الحصة: %1 من أوراق الاقتراع الصالحة / (%2 + 1)، زائد واحد = %3.</translation>
    </message>
    <message>
        <source>order of election</source>
        <translation>ترتيب الانتخاب</translation>
    </message>
    <message>
        <source>%1 reaches the quota with %2 and is elected.</source>
        <translation>بلغ %1 الحصة بعدد %2 فانتُخب.</translation>
    </message>
    <message>
        <source>%1 continuing candidates for %2 vacancies: all are deemed elected (rule 52).</source>
        <translation>%1 من المرشحين المستمرين لشغل %2 من المقاعد الشاغرة: يُعدّون جميعًا منتخبين (القاعدة 52).</translation>
    </message>
    <message>
        <source>%1 seats stay empty.</source>
        <translation>سيبقى %1 من المقاعد شاغرًا.</translation>
    </message>
    <message>
        <source>equal surpluses, which first</source>
        <translation>فوائض متساوية، أيها أولًا</translation>
    </message>
    <message>
        <source>Surplus of %1 (%2) transferred; a paper worth 1 now carries %3.</source>
        <translation>نُقل فائض %1 (%2)؛ وأصبحت الورقة التي قيمتها 1 تحمل الآن %3.</translation>
    </message>
    <message>
        <source>There are no candidates to count.</source>
        <translation>لا يوجد مرشحون للفرز.</translation>
    </message>
    <message>
        <source>%1 candidates are more than the %2 a count allows.</source>
        <translation>عدد المرشحين %1، وهو أكثر من الحد الذي يسمح به الفرز (%2).</translation>
    </message>
    <message>
        <source>The number of seats must be at least 1.</source>
        <translation>يجب ألا يقل عدد المقاعد عن 1.</translation>
    </message>
    <message>
        <source>The withdrawn list has %1 entries but there are %2 candidates.</source>
        <translation>عدد إدخالات قائمة المنسحبين %1، لكن عدد المرشحين %2.</translation>
    </message>
    <message>
        <source>A ballot names candidate %1 but there are only %2 candidates.</source>
        <translation>تذكر إحدى أوراق الاقتراع المرشح %1، لكن عدد المرشحين %2 فقط.</translation>
    </message>
    <message>
        <source>Votes per voter cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الأصوات لكل ناخب سالبًا.</translation>
    </message>
    <message>
        <source>Constituency %1: %2</source>
        <translation>الدائرة الانتخابية %1: %2</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>منتخب</translation>
    </message>
    <message>
        <source>not elected</source>
        <translation>غير منتخب</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation>التفضيلات الأولى</translation>
    </message>
    <message>
        <source>Surplus of %1 (transfer value %2)</source>
        <translation>فائض %1 (قيمة النقل %2)</translation>
    </message>
    <message>
        <source>Exclusion of %1</source>
        <translation>استبعاد %1</translation>
    </message>
    <message>
        <source>Last vacancies filled</source>
        <translation>شغل المقاعد الشاغرة الأخيرة</translation>
    </message>
    <message>
        <source>Method: %1   Seats: %2   Ballots: %3 (valid %4, invalid %5)</source>
        <translation>الطريقة: %1   المقاعد: %2   أوراق الاقتراع: %3 (صالحة %4، غير صالحة %5)</translation>
    </message>
    <message>
        <source>   Quota: %1</source>
        <translation>   الحصة: %1</translation>
    </message>
    <message>
        <source>Elected: %1
</source>
        <translation>المنتخبون: %1
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Referendum: %1 (yes %2, no %3, abstain %4, turnout %5)
</source>
        <translation>الاستفتاء: %1 (نعم %2، لا %3، امتناع %4، المشاركة %5)
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>أُقِرّ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Rounds:
</source>
        <translation>الجولات:
</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>المرشح</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Non-transferable</source>
        <translation>غير قابلة للنقل</translation>
    </message>
    <message>
        <source>Lost to rounding</source>
        <translation>فاقد التقريب</translation>
    </message>
    <message>
        <source>Tie-break rule: %1
</source>
        <translation>قاعدة كسر التعادل: %1
</translation>
    </message>
    <message>
        <source>Seed: %1
</source>
        <translation>البذرة: %1
</translation>
    </message>
    <message>
        <source>Tie between %1 (%2): decided by lot (seed %3): %4.</source>
        <translation>تعادل بين %1 (%2): حُسم بالقرعة (البذرة %3): %4.</translation>
    </message>
    <message>
        <source>Tie between %1 (%2): decided by the votes in round %3, where %4 had the %5.</source>
        <translation>تعادل بين %1 (%2): حُسم بأصوات الجولة %3، إذ حصل فيها %4 على %5 الأصوات.</translation>
    </message>
    <message>
        <source>fewest</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>most</source>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>a BLT file (.blt) or a ballot CSV (.csv); see docs/tally.md</source>
        <translation>ملف BLT (.blt) أو ملف CSV لأوراق الاقتراع (.csv)؛ راجع docs/tally.md</translation>
    </message>
</context>
<context>
    <name>Elect::TallyRepository</name>
    <message>
        <source>There is no election %1, or you may not see it.</source>
        <translation>لا توجد الانتخابات %1، أو لا يحق لك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Election %1 has not been counted yet. Results are stored once it has ended and elect serve has counted it.</source>
        <translation>لم تُفرز الانتخابات %1 بعد. تُحفظ النتائج بعد انتهائها وفرزها بواسطة elect serve.</translation>
    </message>
</context>
<context>
    <name>Elect::TopUpDialog</name>
    <message>
        <source>Top up the wallet</source>
        <translation>شحن رصيد المحفظة</translation>
    </message>
    <message>
        <source>How much do you want to pay into the wallet? Stripe&apos;s payment page opens in your browser; the balance grows once the payment is confirmed.</source>
        <translation>كم تريد أن تدفع في المحفظة؟ تُفتح صفحة الدفع من Stripe في متصفحك؛ ويزيد الرصيد بعد تأكيد الدفع.</translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation>مثال: 1500</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ (&amp;A):</translation>
    </message>
    <message>
        <source>Go to payment</source>
        <translation>الانتقال إلى الدفع</translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2, like 1500 or 1500.50.</source>
        <translation>أدخل مبلغًا بين %1 و%2، مثل 1500 أو 1500.50.</translation>
    </message>
</context>
<context>
    <name>Elect::Twilio</name>
    <message>
        <source>Twilio refused Elect&apos;s credentials (%1): check the account SID and auth token that elect serve uses.</source>
        <translation>رفضت Twilio بيانات اعتماد Elect (%1): تحقق من معرّف الحساب (account SID) ورمز المصادقة (auth token) اللذين يستخدمهما elect serve.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation>رفضت Twilio الرسالة (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the message (error %1): %2</source>
        <translation>رفضت Twilio الرسالة (الخطأ %1): %2</translation>
    </message>
    <message>
        <source>Twilio answered without a message id; check Twilio&apos;s console before retrying.</source>
        <translation>ردّت Twilio دون معرّف للرسالة؛ راجع لوحة تحكم Twilio قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>Twilio does not know this message.</source>
        <translation>هذه الرسالة غير معروفة لدى Twilio.</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer had no status.</source>
        <translation>لم يتضمن رد Twilio حالة الرسالة.</translation>
    </message>
</context>
<context>
    <name>Elect::Types</name>
    <message>
        <source>Simple</source>
        <translation>بسيط</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>حسب الدائرة</translation>
    </message>
    <message>
        <source>By governorate</source>
        <translation>حسب المحافظة</translation>
    </message>
    <message>
        <source>Eligibility from your API</source>
        <translation>الأهلية من واجهة API الخاصة بك</translation>
    </message>
    <message>
        <source>Choose N, most votes win</source>
        <translation>اختيار N، ويفوز الأعلى أصواتًا</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>تصويت الموافقة</translation>
    </message>
    <message>
        <source>Ranked choice (instant runoff)</source>
        <translation>الاختيار بالترتيب (الإعادة الفورية)</translation>
    </message>
    <message>
        <source>Single transferable vote</source>
        <translation>الصوت الواحد المتحول</translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation>استفتاء</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>النتائج جاهزة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Organization owner</source>
        <translation>مالك المؤسسة</translation>
    </message>
    <message>
        <source>Organization administrator</source>
        <translation>مسؤول المؤسسة</translation>
    </message>
</context>
<context>
    <name>Elect::VerifyEmailDialog</name>
    <message>
        <source>Verify your email address</source>
        <translation>تأكيد عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>We emailed you a code. Copy it from the message and paste it here, or type it; spaces, dashes and capitals do not matter. The code works once, for 48 hours.</source>
        <translation>أرسلنا إليك رمزًا بالبريد الإلكتروني. انسخه من الرسالة والصقه هنا، أو اكتبه؛ ولا تهم المسافات والشرطات والأحرف الكبيرة. يعمل الرمز مرة واحدة، لمدة 48 ساعة.</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>إرسال رمز جديد (&amp;N)</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation>ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>Sends a new code to the email address above; the old code stops working.</source>
        <translation>يرسل رمزًا جديدًا إلى عنوان البريد الإلكتروني أعلاه؛ ويتوقف الرمز القديم عن العمل.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>الرمز (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Registered. We sent a code to %1: it may take a few minutes to arrive (look in the spam folder too).</source>
        <translation>تم التسجيل. أرسلنا رمزًا إلى %1: قد يستغرق وصوله بضع دقائق (ابحث في مجلد الرسائل غير المرغوب فيها أيضًا).</translation>
    </message>
    <message>
        <source>Paste or type the code from the email we sent you.</source>
        <translation>الصق الرمز الوارد في رسالة البريد الإلكتروني التي أرسلناها إليك أو اكتبه.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التأكيد…</translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Check that you copied all of it, or click &quot;Send a new code&quot;.</source>
        <translation>هذا الرمز غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته. تأكّد من أنك نسخته كاملًا، أو انقر «إرسال رمز جديد».</translation>
    </message>
    <message>
        <source>Enter the email address you registered with; the new code goes there.</source>
        <translation>أدخل عنوان البريد الإلكتروني الذي سجّلت به؛ سيُرسل الرمز الجديد إليه.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>If %1 has an account waiting for verification, a new code is on its way. Use the newest code: the older ones no longer work.</source>
        <translation>إن كان لـ %1 حساب بانتظار التأكيد، فرمز جديد في طريقه إليك. استخدم أحدث رمز: فالرموز الأقدم لم تعد تعمل.</translation>
    </message>
</context>
<context>
    <name>Elect::VoterBench</name>
    <message>
        <source>met</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>Setting up a throwaway embedded server...</source>
        <translation>جارٍ إعداد خادم مدمج مؤقت...</translation>
    </message>
    <message>
        <source>the throwaway server refused its superuser</source>
        <translation>رفض الخادم المؤقت المستخدم الخارق (superuser) الخاص به</translation>
    </message>
    <message>
        <source>the demo&apos;s owner could not sign in</source>
        <translation>تعذّر تسجيل دخول مالك العرض التجريبي</translation>
    </message>
    <message>
        <source>Benchmark election</source>
        <translation>انتخابات قياس الأداء</translation>
    </message>
    <message>
        <source>Generated %1 voters in %2 s.</source>
        <translation>أُنشئ %1 ناخب في %2 ثانية.</translation>
    </message>
    <message>
        <source>not an organization&apos;s account</source>
        <translation>ليس حسابًا تابعًا لمؤسسة</translation>
    </message>
    <message>
        <source>signing in took too long</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا جدًا</translation>
    </message>
    <message>
        <source>the election workspace has no Voters tab</source>
        <translation>لا توجد علامة تبويب «الناخبون» في مساحة عمل الانتخابات</translation>
    </message>
    <message>
        <source>the first rows never came</source>
        <translation>لم تصل الصفوف الأولى أبدًا</translation>
    </message>
    <message>
        <source>the list was never counted</source>
        <translation>لم تُعَدّ القائمة أبدًا</translation>
    </message>
    <message>
        <source>a page never came</source>
        <translation>لم تصل إحدى الصفحات أبدًا</translation>
    </message>
    <message>
        <source>Voters in the list: %1 (rows %2, pages in memory at most %3 of %4 rows)</source>
        <translation>الناخبون في القائمة: %1 (الصفوف %2، والصفحات في الذاكرة %3 على الأكثر من %4 صف)</translation>
    </message>
    <message>
        <source>Last row loaded: %1</source>
        <translation>آخر صف حُمِّل: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>First rows: %1 ms (target &lt; 1000 ms: %2)</source>
        <translation>الصفوف الأولى: %1 ms (الهدف &lt; 1000 ms: %2)</translation>
    </message>
    <message>
        <source>Counted and indexed: %1 ms</source>
        <translation>العدّ والفهرسة: %1 ms</translation>
    </message>
    <message>
        <source>Scroll to the end: %1 ms</source>
        <translation>التمرير إلى النهاية: %1 ms</translation>
    </message>
    <message>
        <source>Scroll through in %1 steps: %2 ms (slowest step %3 ms)</source>
        <translation>التمرير عبر القائمة في %1 خطوة: %2 ms (أبطأ خطوة %3 ms)</translation>
    </message>
    <message>
        <source>Peak memory: %1 MiB (before opening the election %2 MiB; target &lt; 300 MiB: %3)</source>
        <translation>ذروة الذاكرة: %1 MiB (قبل فتح الانتخابات %2 MiB؛ الهدف &lt; 300 MiB: %3)</translation>
    </message>
    <message>
        <source>the list failed</source>
        <translation>فشلت القائمة</translation>
    </message>
    <message>
        <source>Times elect-admin&apos;s voters list on a large election in a throwaway embedded server.</source>
        <translation>يقيس زمن قائمة الناخبين في elect-admin لانتخابات كبيرة، على خادم مدمج مؤقت.</translation>
    </message>
    <message>
        <source>voters (default 1000000)</source>
        <translation>عدد الناخبين (الافتراضي 1000000)</translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 100000000</source>
        <translation>يقبل --voters عددًا من 1 إلى 100000000</translation>
    </message>
</context>
<context>
    <name>Elect::VoterTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>صوّت</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Voter no.</source>
        <translation>رقم الناخب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Code confirmed</source>
        <translation>تأكيد الرمز</translation>
    </message>
</context>
<context>
    <name>Elect::VotersTab</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find a voter by national id (the exact id)</source>
        <translation>ابحث عن ناخب برقمه القومي (الرقم المطابق تمامًا)</translation>
    </message>
    <message>
        <source>National id to find</source>
        <translation>الرقم القومي المطلوب البحث عنه</translation>
    </message>
    <message>
        <source>Only the exact national id finds a voter: ids are stored as a keyed hash. Leave it empty and press Enter to list every voter again.</source>
        <translation>لا يعثر على الناخب إلا رقمه القومي المطابق تمامًا: فالأرقام تُحفظ مجزّأةً بمفتاح (keyed hash). اترك الحقل فارغًا واضغط Enter لعرض جميع الناخبين مرة أخرى.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>جميع الدوائر</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>All governorates</source>
        <translation>جميع المحافظات</translation>
    </message>
    <message>
        <source>Voted or not</source>
        <translation>صوّت أم لا</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>صوّت</translation>
    </message>
    <message>
        <source>Not voted yet</source>
        <translation>لم يصوّت بعد</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>الناخبون</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>No voter of this election has that national id.</source>
        <translation>لا يوجد ناخب في هذه الانتخابات بهذا الرقم القومي.</translation>
    </message>
    <message>
        <source>Loading voters…</source>
        <translation>جارٍ تحميل الناخبين…</translation>
    </message>
    <message>
        <source>Showing the voter with that national id. Clear the search to see every voter.</source>
        <translation>يُعرض الناخب صاحب هذا الرقم القومي. امسح البحث لرؤية جميع الناخبين.</translation>
    </message>
    <message>
        <source>Voters: %1</source>
        <translation>الناخبون: %1</translation>
    </message>
    <message>
        <source>Counting voters…</source>
        <translation>جارٍ عدّ الناخبين…</translation>
    </message>
</context>
<context>
    <name>Elect::VotingFlow</name>
    <message>
        <source>The kiosk cannot reach the election server right now. Wait a moment and try again; if this goes on, ask the poll worker.</source>
        <translation>تعذّر على الكشك الوصول إلى خادم الانتخابات الآن. انتظر قليلًا وحاول مرة أخرى؛ وإذا استمرت المشكلة، فاطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>تم اختيار %1 من %2</translation>
    </message>
    <message>
        <source>Touch the candidates in your order of preference, your first choice first. Touch a chosen candidate again to take them off and change the order.</source>
        <translation>المس المرشحين حسب ترتيب تفضيلك، مبتدئًا باختيارك الأول. المس مرشحًا مختارًا مرة أخرى لإزالته وتغيير الترتيب.</translation>
    </message>
    <message>
        <source>Touch the candidate you choose. Touch another to change your choice.</source>
        <translation>المس المرشح الذي تختاره. المس مرشحًا آخر لتغيير اختيارك.</translation>
    </message>
    <message numerus="yes">
        <source>Choose exactly %n candidate(s). Touch a chosen candidate again to take them off.</source>
        <translation>
            <numerusform>اختر %n مرشح بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>اختر %n مرشح بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>اختر %n مرشحَين بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>اختر %n مرشحين بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>اختر %n مرشحًا بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>اختر %n مرشح بالضبط. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n candidate(s). Touch a chosen candidate again to take them off.</source>
        <translation>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشح. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشح. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشحَين. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشحين. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشحًا. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
            <numerusform>يمكنك اختيار ما يصل إلى %n مرشح. المس مرشحًا مختارًا مرة أخرى لإزالته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %n more.</source>
        <translation>
            <numerusform>اختر %n مرشح إضافي.</numerusform>
            <numerusform>اختر %n مرشح إضافي.</numerusform>
            <numerusform>اختر %n مرشحَين إضافيَّين.</numerusform>
            <numerusform>اختر %n مرشحين إضافيين.</numerusform>
            <numerusform>اختر %n مرشحًا إضافيًا.</numerusform>
            <numerusform>اختر %n مرشح إضافي.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you are ready, go on to review your ballot.</source>
        <translation>عندما تكون مستعدًا، تابع لمراجعة ورقة اقتراعك.</translation>
    </message>
    <message>
        <source>This election is not open at this kiosk any more. Ask the poll worker.</source>
        <translation>لم تعد هذه الانتخابات مفتوحة في هذا الكشك. اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>This national id is not on this election&apos;s list of voters. Check the number and enter it again, or ask the poll worker.</source>
        <translation>هذا الرقم القومي غير موجود في قائمة ناخبي هذه الانتخابات. تحقق من الرقم وأدخله مرة أخرى، أو اطلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>A new code was sent to the phone ending in %1. Enter the new code; the earlier one no longer works.</source>
        <translation>أُرسل رمز جديد إلى الهاتف المنتهي بـ %1. أدخل الرمز الجديد؛ فالرمز السابق لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>The code has six digits. Enter the six digits from the text message.</source>
        <translation>يتكون الرمز من ستة أرقام. أدخل الأرقام الستة الواردة في الرسالة النصية.</translation>
    </message>
    <message>
        <source>That code is not right. Check the text message and enter the six digits again.</source>
        <translation>هذا الرمز غير صحيح. تحقق من الرسالة النصية وأدخل الأرقام الستة مرة أخرى.</translation>
    </message>
    <message>
        <source>This code has expired. Touch &quot;Send a new code&quot;, then enter the code from the new text message.</source>
        <translation>انتهت صلاحية هذا الرمز. المس &quot;إرسال رمز جديد&quot;، ثم أدخل الرمز الوارد في الرسالة النصية الجديدة.</translation>
    </message>
    <message>
        <source>This code was entered wrongly too many times and no longer works. Touch &quot;Send a new code&quot;, then enter the code from the new text message.</source>
        <translation>أُدخل هذا الرمز بشكل خاطئ مرات كثيرة جدًا ولم يعد صالحًا. المس &quot;إرسال رمز جديد&quot;، ثم أدخل الرمز الوارد في الرسالة النصية الجديدة.</translation>
    </message>
    <message>
        <source>Your code is still on its way. Wait for the text message, then enter the code.</source>
        <translation>لا يزال رمزك في الطريق إليك. انتظر وصول الرسالة النصية، ثم أدخل الرمز.</translation>
    </message>
    <message>
        <source>You have already voted in this election, and your vote was counted once. Nothing more is needed. Thank you.</source>
        <translation>سبق لك التصويت في هذه الانتخابات، وقد حُسب صوتك مرة واحدة. لا حاجة إلى أي إجراء آخر. شكرًا لك.</translation>
    </message>
    <message numerus="yes">
        <source>You have already chosen %n candidate(s), as many as this election allows. Touch a chosen candidate to take them off first.</source>
        <translation>
            <numerusform>لقد اخترت %n مرشح، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
            <numerusform>لقد اخترت %n مرشح، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
            <numerusform>لقد اخترت %n مرشحَين، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
            <numerusform>لقد اخترت %n مرشحين، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
            <numerusform>لقد اخترت %n مرشحًا، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
            <numerusform>لقد اخترت %n مرشح، وهو أقصى عدد تسمح به هذه الانتخابات. المس مرشحًا مختارًا لإزالته أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the election server was interrupted while your vote was being sent. The kiosk is sending it again; please wait here.</source>
        <translation>انقطع الاتصال بخادم الانتخابات أثناء إرسال صوتك. يعيد الكشك إرساله الآن؛ يُرجى الانتظار هنا.</translation>
    </message>
    <message>
        <source>A vote cast at this kiosk before it restarted was counted.</source>
        <translation>حُسب صوت أُدلي به في هذا الكشك قبل إعادة تشغيله.</translation>
    </message>
    <message>
        <source>A vote started at this kiosk before it restarted was not counted: that voter may vote again.</source>
        <translation>لم يُحسب صوت بدأ الإدلاء به في هذا الكشك قبل إعادة تشغيله: يمكن لذلك الناخب التصويت مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 of %2 ranked</source>
        <translation>تم ترتيب %1 من %2</translation>
    </message>
    <message>
        <source>Touch your answer. Touch the other answer to change it.</source>
        <translation>المس إجابتك. المس الإجابة الأخرى لتغييرها.</translation>
    </message>
</context>
<context>
    <name>Elect::WalletPage</name>
    <message>
        <source>Top up…</source>
        <translation>شحن الرصيد…</translation>
    </message>
    <message>
        <source>Open the payment page</source>
        <translation>فتح صفحة الدفع</translation>
    </message>
    <message>
        <source>Wallet movements</source>
        <translation>حركات المحفظة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>عمليات الشحن</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Pay into the wallet by card, on Stripe&apos;s payment page</source>
        <translation>الدفع في المحفظة بالبطاقة، على صفحة الدفع من Stripe</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>الحركات</translation>
    </message>
    <message>
        <source>Waiting for the payment page</source>
        <translation>بانتظار صفحة الدفع</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>بانتظار الدفع</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>انتهت صلاحيته دون دفع</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>شحن رصيد</translation>
    </message>
    <message>
        <source>Charge for publishing</source>
        <translation>رسوم النشر</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>دُفع %1</translation>
    </message>
    <message>
        <source>Top-up of %1: preparing Stripe&apos;s payment page…</source>
        <translation>شحن بمبلغ %1: جارٍ تجهيز صفحة الدفع من Stripe…</translation>
    </message>
    <message>
        <source>Top-up of %1: the payment page is open in your browser. The balance grows here once Stripe confirms the payment.</source>
        <translation>شحن بمبلغ %1: صفحة الدفع مفتوحة في متصفحك. يزيد الرصيد هنا بعد أن يؤكّد Stripe الدفع.</translation>
    </message>
    <message>
        <source>Top-up of %1: paid, and added to the wallet.</source>
        <translation>شحن بمبلغ %1: دُفع، وأُضيف إلى المحفظة.</translation>
    </message>
    <message>
        <source>Top-up of %1: the payment page expired unpaid. Nothing was charged; top up again when you are ready.</source>
        <translation>شحن بمبلغ %1: انتهت صلاحية صفحة الدفع دون دفع. لم يُخصم أي مبلغ؛ اشحن مرة أخرى عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Top-up of %1 failed: %2</source>
        <translation>فشل شحن بمبلغ %1: %2</translation>
    </message>
</context>
<context>
    <name>Elect::WalletRepository</name>
    <message>
        <source>Say which organization&apos;s wallet to show: this account belongs to none.</source>
        <translation>حدّد المؤسسة التي تريد عرض محفظتها: فهذا الحساب لا ينتمي إلى أي مؤسسة.</translation>
    </message>
    <message>
        <source>There is no organization %1, or you may not see it.</source>
        <translation>لا توجد المؤسسة %1، أو لا يحق لك الاطلاع عليها.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>To keep your vote private, this session ends in %n second(s). Touch the screen or press any key to go on.</source>
        <translation>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثانية. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثانية. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثانيتين. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثوانٍ. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثانية. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
            <numerusform>حفاظًا على سرية صوتك، ستنتهي هذه الجلسة بعد %n ثانية. المس الشاشة أو اضغط أي مفتاح للمتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Number keys</source>
        <translation>مفاتيح الأرقام</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>مسح جميع الأرقام</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Elect kiosk</source>
        <translation>كشك Elect</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>يُرجى الانتظار…</translation>
    </message>
</context>
<context>
    <name>NationalIdScreen</name>
    <message>
        <source>Step 1 of 5</source>
        <translation>الخطوة ١ من ٥</translation>
    </message>
    <message>
        <source>Enter your national id</source>
        <translation>أدخل رقمك القومي</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>الرقم القومي</translation>
    </message>
    <message>
        <source>Digits only. Press Enter when done.</source>
        <translation>أرقام فقط. اضغط Enter عند الانتهاء.</translation>
    </message>
    <message>
        <source>Type the number on your national id card with the keys on the screen or the keyboard, then choose Continue. We will send a code to your phone.</source>
        <translation>اكتب الرقم المدوّن على بطاقة الرقم القومي باستخدام المفاتيح على الشاشة أو لوحة المفاتيح، ثم اختر &quot;متابعة&quot;. سنرسل رمزًا إلى هاتفك.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>الإلغاء والعودة إلى البداية</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Return to the start for the next voter.</source>
        <translation>العودة إلى البداية للناخب التالي.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>This kiosk is paused</source>
        <translation>هذا الكشك متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Voters: please use another kiosk, or ask a poll worker for help.</source>
        <translation>عزيزي الناخب: يُرجى استخدام كشك آخر، أو طلب المساعدة من أحد موظفي اللجنة.</translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation>الكشك: %1</translation>
    </message>
    <message>
        <source>Poll worker</source>
        <translation>موظف اللجنة</translation>
    </message>
    <message>
        <source>Asks for the poll worker&apos;s PIN to resume the kiosk.</source>
        <translation>يطلب الرقم السري لموظف اللجنة لاستئناف عمل الكشك.</translation>
    </message>
</context>
<context>
    <name>PollWorkerPanel</name>
    <message>
        <source>Poll worker&apos;s menu</source>
        <translation>قائمة موظف اللجنة</translation>
    </message>
    <message>
        <source>Poll worker</source>
        <translation>موظف اللجنة</translation>
    </message>
    <message>
        <source>Enter the poll worker&apos;s PIN, then press Enter or choose OK.</source>
        <translation>أدخل الرقم السري لموظف اللجنة، ثم اضغط Enter أو اختر موافق.</translation>
    </message>
    <message>
        <source>Poll worker&apos;s PIN</source>
        <translation>الرقم السري لموظف اللجنة</translation>
    </message>
    <message>
        <source>6 to 12 digits. Press Enter when done.</source>
        <translation>من 6 إلى 12 رقمًا. اضغط Enter عند الانتهاء.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من الرقم السري…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Closes the PIN prompt and returns to the kiosk.</source>
        <translation>يغلق طلب الرقم السري ويعود إلى الكشك.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>التحقق من الرقم السري</translation>
    </message>
    <message>
        <source>This kiosk has no poll worker&apos;s PIN yet. Set up the kiosk again to choose one; you need the kiosk&apos;s login and password.</source>
        <translation>لا يوجد لهذا الكشك رقم سري لموظفي اللجنة بعد. أعد إعداد الكشك لاختيار رقم سري؛ وستحتاج إلى اسم دخول الكشك وكلمة مروره.</translation>
    </message>
    <message>
        <source>Set up this kiosk</source>
        <translation>إعداد هذا الكشك</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Returns the kiosk to the voters.</source>
        <translation>يعيد الكشك إلى الناخبين.</translation>
    </message>
    <message>
        <source>Pause this kiosk</source>
        <translation>إيقاف هذا الكشك مؤقتًا</translation>
    </message>
    <message>
        <source>Voters see that the kiosk is paused; the PIN resumes it.</source>
        <translation>يرى الناخبون أن الكشك متوقف مؤقتًا؛ ويُستأنف عمله بالرقم السري.</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>تغيير الخادم</translation>
    </message>
    <message>
        <source>Opens the kiosk&apos;s setup: its server, login and PIN.</source>
        <translation>يفتح إعداد الكشك: خادمه، واسم دخوله، ورقمه السري.</translation>
    </message>
    <message>
        <source>Quit the kiosk app</source>
        <translation>إغلاق تطبيق الكشك</translation>
    </message>
    <message>
        <source>Closes the kiosk app on this computer.</source>
        <translation>يغلق تطبيق الكشك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>If a voter was in the middle of voting here, that session has ended: they start again from the beginning.</source>
        <translation>إذا كان أحد الناخبين في منتصف التصويت هنا، فقد انتهت جلسته: وعليه أن يبدأ من البداية.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Step 5 of 5</source>
        <translation>الخطوة ٥ من ٥</translation>
    </message>
    <message>
        <source>✓ Your vote was counted. Thank you.</source>
        <translation>✓ تم احتساب صوتك. شكرًا لك.</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>رمز إيصالك</translation>
    </message>
    <message>
        <source>Receipt code: %1</source>
        <translation>رمز الإيصال: %1</translation>
    </message>
    <message>
        <source>Write the code down or photograph the QR code. With it you can later check that your ballot was counted. It does not show how you voted.</source>
        <translation>دوّن الرمز أو صوّر رمز QR. يمكنك بواسطته لاحقًا التحقق من احتساب ورقة اقتراعك. ولا يكشف الرمز لمن صوّتّ.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>رمز QR لرمز إيصالك</translation>
    </message>
    <message>
        <source>This screen closes by itself in a minute.</source>
        <translation>ستُغلق هذه الشاشة تلقائيًا بعد دقيقة.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Return to the start for the next voter.</source>
        <translation>العودة إلى البداية للناخب التالي.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Step 4 of 5</source>
        <translation>الخطوة ٤ من ٥</translation>
    </message>
    <message>
        <source>Check your ballot</source>
        <translation>راجع ورقة اقتراعك</translation>
    </message>
    <message>
        <source>You chose these candidates, in this order of preference. Your vote is not cast yet.</source>
        <translation>اخترت هؤلاء المرشحين بترتيب التفضيل هذا. لم يُسجَّل صوتك بعد.</translation>
    </message>
    <message>
        <source>You chose the candidates below. Your vote is not cast yet.</source>
        <translation>اخترت المرشحين أدناه. لم يُسجَّل صوتك بعد.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>اختياراتك</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>تغيير اختياراتي</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>الإدلاء بصوتي</translation>
    </message>
    <message>
        <source>Your vote is final once cast.</source>
        <translation>يصبح صوتك نهائيًا بمجرد الإدلاء به.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>More choices below ▼</source>
        <translation>مزيد من الاختيارات في الأسفل ▼</translation>
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
    <message>
        <source>Poll workers&apos; PIN</source>
        <translation>الرقم السري لموظفي اللجنة</translation>
    </message>
    <message>
        <source>Poll workers type it to pause this kiosk, change its server or quit. To keep the current PIN, leave both fields empty.</source>
        <translation>يكتبه موظفو اللجنة لإيقاف هذا الكشك مؤقتًا، أو تغيير خادمه، أو إغلاقه. للإبقاء على الرقم السري الحالي، اترك الحقلين فارغين.</translation>
    </message>
    <message>
        <source>Poll workers type it to pause this kiosk, change its server or quit. Choose 6 to 12 digits that are hard to guess.</source>
        <translation>يكتبه موظفو اللجنة لإيقاف هذا الكشك مؤقتًا، أو تغيير خادمه، أو إغلاقه. اختر من 6 إلى 12 رقمًا يصعب تخمينها.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>الرقم السري الجديد</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>6 to 12 digits.</source>
        <translation>من 6 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <source>The poll workers&apos; PIN again</source>
        <translation>الرقم السري لموظفي اللجنة مرة أخرى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel and keep the current setup</source>
        <translation>إلغاء والإبقاء على الإعداد الحالي</translation>
    </message>
    <message>
        <source>Filled in for the kiosk “%1”. Choose the poll workers&apos; PIN, then save.</source>
        <translation>مُلئت البيانات للكشك «%1». اختر الرقم السري لموظفي اللجنة، ثم احفظ.</translation>
    </message>
    <message>
        <source>Filled in. Choose the poll workers&apos; PIN, then save.</source>
        <translation>مُلئت البيانات. اختر الرقم السري لموظفي اللجنة، ثم احفظ.</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Paste the code that elect-admin showed when the kiosk was created, or scan its QR code into this field. It fills in the server and the kiosk login.</source>
        <translation>الصق الرمز الذي عرضه elect-admin عند إنشاء الكشك، أو امسح رمز QR الخاص به إلى هذا الحقل. فهو يملأ الخادم واسم دخول الكشك.</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>استخدام هذا الرمز</translation>
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
    <message>
        <source>The connection to the election server was lost. Reconnecting…</source>
        <translation>انقطع الاتصال بخادم الانتخابات. جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Needs the poll worker&apos;s PIN.</source>
        <translation>يتطلب الرقم السري لموظف اللجنة.</translation>
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
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Vote in %1</source>
        <translation>التصويت في %1</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n candidate(s)</source>
        <translation>
            <numerusform>اختر ما يصل إلى %n مرشح</numerusform>
            <numerusform>اختر ما يصل إلى %n مرشح</numerusform>
            <numerusform>اختر ما يصل إلى %n مرشحَين</numerusform>
            <numerusform>اختر ما يصل إلى %n مرشحين</numerusform>
            <numerusform>اختر ما يصل إلى %n مرشحًا</numerusform>
            <numerusform>اختر ما يصل إلى %n مرشح</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank the candidates in your order of preference</source>
        <translation>رتّب المرشحين حسب ترتيب تفضيلك</translation>
    </message>
    <message>
        <source>Answer the question</source>
        <translation>أجب عن السؤال</translation>
    </message>
    <message>
        <source>More elections below ▼</source>
        <translation>مزيد من الانتخابات في الأسفل ▼</translation>
    </message>
    <message>
        <source>d MMMM, HH:mm</source>
        <comment>closing time format</comment>
        <extracomment>A date format (Qt&apos;s): day, month&apos;s name, then the time; Arabic uses its own comma.</extracomment>
        <translation>d MMMM، HH:mm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Elect administration</source>
        <translation>إدارة Elect</translation>
    </message>
</context>
</TS>
