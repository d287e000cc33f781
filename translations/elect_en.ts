<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BallotScreen</name>
    <message>
        <source>Step 3 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without voting and return to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More candidates below ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More candidates above ▲</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <source>Symbol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Step 2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six digits, sent to the phone ending in %1. Press Enter when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent to the phone ending in %1. It has six digits and works for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available 30 seconds after a code was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::AccountRepository</name>
    <message>
        <source>This database login is not an Elect account. Sign in with your email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters; a short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email address already exists; nothing was created, and its owner was told of the attempt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ActiveElectionModel</name>
    <message>
        <source>%1 voted (no voter list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk is online while it holds a connection to the server. A working kiosk checks in every 10 seconds; one that stopped drops off at once, or within 5 minutes at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, or press Enter, to open the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voter list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::AdminApp</name>
    <message>
        <source>Elect administration: organizations, elections, results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the embedded server&apos;s demo (run &quot;elect demo&quot; first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which demo account: owner (default) or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-as takes owner or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no such account. Run &quot;elect demo&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::AdminTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for email verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::AdminsPage</name>
    <message>
        <source>Add administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has no administrators yet. Add one to share the work of preparing elections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has no other administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your organization&apos;s owner may add, disable or remove administrators. Ask the owner if someone should get or lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone by email to help prepare elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this person&apos;s access away for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this person sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this person from signing in, for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was invited. They sign in once they have verified %2 and chosen a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in. Enable them to undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from your organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can no longer sign in, and this cannot be undone. What they did stays in the audit log under their name. To stop them for a while only, disable them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ApprovalsPage</name>
    <message>
        <source>No approval requests. When an organization admin changes a published election or its candidates, the change waits here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have asked for no changes. Changes to a published election or its candidates wait for the owner&apos;s approval, and are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the change now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the change down, with a reason the requester reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked to change in the election “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked to change for the candidate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 asks to change in the election “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 asks to change for the candidate “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2, and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 on %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this change turned down? %1 reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason, so that the requester knows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was approved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was rejected; the requester is told why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::BallotModel</name>
    <message>
        <source>1st choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::BallotRules</name>
    <message>
        <source>This ballot names a candidate you cannot vote for. Start the ballot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate is chosen twice. Remove one of the two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You may choose at most %n candidate(s). Remove a choice.</source>
        <translation>
            <numerusform>You may choose at most %n candidate. Remove a choice.</numerusform>
            <numerusform>You may choose at most %n candidates. Remove a choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose exactly %n candidate(s), then review your ballot.</source>
        <translation>
            <numerusform>Choose exactly %n candidate, then review your ballot.</numerusform>
            <numerusform>Choose exactly %n candidates, then review your ballot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one, then review your ballot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::BenchBaseline</name>
    <message>
        <source>The demo&apos;s owner could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no draft election.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::CandidateDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored only in protected form (HMAC): it is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image on either box, or choose a file: PNG, JPEG or WebP, up to 5 MB, at least 64 pixels a side. It is re-encoded without its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::CandidateRepository</name>
    <message>
        <source>Give the candidate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future. Check it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate is gone, or you may not see them. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already stands in this election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate also stands in an election that is already published, so their details are frozen: the ballot shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::CandidateTableModel</name>
    <message>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::CandidatesTab</name>
    <message>
        <source>&amp;Add candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates can change only while the election is a draft. This election is no longer one, so its candidates are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization already had a candidate with this national id: they now stand in this election too, with the details they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now stands in this election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the candidate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this election?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate who stands in no other election is deleted, photo and symbol included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer stands in this election.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::CastJournal</name>
    <message>
        <source>The kiosk cannot write its journal of votes. Ask the poll worker to check the kiosk&apos;s disk, then restart it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Cli</name>
    <message>
        <source>--rows takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: elect bench import [--rows N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a throwaway embedded server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the test file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 voters (%2 MiB) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark&apos;s own file did not import cleanly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL, shared_buffers 256MB, no fsync; the same for every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) elect import voters, end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) baseline: plain COPY, same table shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) plain COPY without the foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory of this process: %1 MiB (target: under 150 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported. Fix them and run the import again.</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported. Fix it and run the import again.</numerusform>
            <numerusform>%n problems in %1; nothing was imported. Fix them and run the import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;elect --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-fd needs a file descriptor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who you are: elect --as EMAIL ... (the password is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password could be read from file descriptor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password is needed and there is no terminal to ask it on; give it with --password-fd N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Elect database is ready on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: only the embedded server is started and stopped by Elect; --db names another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded server runs (socket in %1, log in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded server is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedded server in %1 yet; &quot;elect db init&quot; creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysadmin create needs --email, --first-name and --last-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new system admin: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System admin %1 created; they can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org register needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the organization&apos;s owner: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code from the email: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1 needs the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org reject needs --reason, which the organization is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is one of simple, district, governorate_based, api_managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method is one of block, approval, irv, stv, referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seats, --votes-per-voter and --potential-voters take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election create needs --title, --starts and --ends (ISO times such as 2027-03-01T08:00:00+02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft election %1 created: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo runs on the embedded server only; leave out --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (embedded; log %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, and how each connected (every person and kiosk is its own PostgreSQL login):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as a system admin; sees %1 organization(s), %2 waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as a kiosk of %1; sees %2 running election(s) and no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1 of %2; sees %3 election(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords are in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin app signed in as the owner: elect-admin --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server with: elect server stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: say voters or candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 needs --election ID and one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is one character: , or ; or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked, no problems found (read as %2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters imported into election %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates imported into election %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo has no draft election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elect: Elect&apos;s command line for IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: elect [global options] COMMAND [options]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;elect COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 a problem (explained on stderr), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: elect [global options] %1 COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; %1 takes one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--db, --data-dir, --as, --password-fd) go before the command; see &quot;elect --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;elect %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time the voter import against a plain COPY, in a throwaway embedded server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters to import (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time the counting engine on generated ballots and print the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots per case (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the ballot generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create roles, database and schema, then migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password of the elect_service login (for &quot;elect serve&quot;) from file descriptor N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-password-fd needs a file descriptor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list applied and pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the demo on the embedded server and say how to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out the hint to open the admin app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a draft election (--as an organization&apos;s owner or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the election&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple (default), district, governorate_based or api_managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting method: block (default), approval, irv, stv, referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats to fill (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices on a ballot (default: the seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when voting opens, an ISO time such as 2027-03-01T08:00:00+02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when voting closes, an ISO time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_managed: the organization&apos;s eligibility API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many voters are expected (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list elections (--as an organization&apos;s owner or admin, or a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load voters or candidates from a CSV into a draft election, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft election to load into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field separator: , or ; or tab (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file against the database and report; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters or candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a registered organization (--as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list organizations (--as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those waiting to be accepted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject a registered organization, saying why (--as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is rejected; the organization is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify an email: with the emailed code, or --as a system admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a system admin: verify this account&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the embedded server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whether the embedded server runs (exit 1 when it does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the embedded server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a system admin (as the superuser, or --as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new admin&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new admin&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new admin&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count a BLT or CSV ballot file and print the winners and the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting method: irv, stv, block, approval or referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats to fill (default: the file&apos;s, else 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the lot, to reproduce a count (default: a fresh one, printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the full result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read FILE as blt or csv whatever its extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block: marks per ballot (default: seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block: a ballot may mark fewer than N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval: fewest marks on a valid ballot (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval: most marks on a valid ballot (default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referendum: simple (more than 1/2, default), two-thirds, three-fifths or P/Q (at least P/Q of yes + no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referendum: turnout needed, as a share of --electorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referendum: registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the throwaway server refused its superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s owner could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the test file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time one-time-code SMS through the outbox dispatcher to a local HTTP sink, in a throwaway server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages to send (default 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages claimed per pass (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--messages takes a number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service login could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP sink could not listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 one-time codes, %2 per pass...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark&apos;s messages were not all sent (%1, %2; the sink saw %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL on a Unix socket, no fsync; sink: HTTP/1.1 on 127.0.0.1, its own thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) dispatcher to the sink, end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) baseline: the database&apos;s part (instant provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) baseline: the HTTP part (no database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s share of (a): %1% (b/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory of this process: %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a draft, or a published election before it starts, refunding its charge (--as the organization&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election %1 needs the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 cancelled: %2 refunded to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish a draft election, paying for it from the wallet (--as the organization&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 published: %2 charged, %3 left in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 published, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list outgoing messages (--as a system admin or --as elect_service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the messages given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only messages of this kind (verify_email, voter_code_sms, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a failed message again (--as a system admin or --as elect_service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message&apos;s id (see &quot;elect outbox list --failed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox retry needs the message&apos;s id (see &quot;elect outbox list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 will be sent again at the next run of elect serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what publishing an election costs by its number of voters (--as staff or a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a pricing tier (--as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier&apos;s id (see &quot;elect pricing list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing remove needs the tier&apos;s id (see &quot;elect pricing list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing tier %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the price of elections from --min voters (--as a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier&apos;s lowest number of voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier&apos;s highest number of voters (default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what publishing costs, such as 150 or 150.50 (0: free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO currency code (default EGP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing set needs --min, a number of voters (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max must be a number of voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing set needs --price, an amount in %1 such as 150 or 150.50 (0 for free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing tier %1 set: elections of %2 voters cost %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the stored results of a counted election: candidate, votes, rank, won (--as the organization&apos;s owner or admin, or a system admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results needs the election&apos;s id (see &quot;elect election list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the service&apos;s settings from FILE (mode 600; see docs/serve.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for trying Elect without provider accounts: write each SMS and email to FILE (mode 600) instead of sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, such as 127.0.0.1:8181.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the service: send SMS and email, take Stripe&apos;s webhooks, close and count elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do what is due now, then exit (for cron and timers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer eligibility questions from dummy_voters at /dummy/ORGANIZATION/voters/ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP endpoint&apos;s address (default 127.0.0.1:8181)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log debug lines too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try the database and each configured provider; say what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database accepts the service login as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database lacks %n migration(s); run &quot;elect db migrate&quot;.</source>
        <translation>
            <numerusform>The database lacks %n migration; run &quot;elect db migrate&quot;.</numerusform>
            <numerusform>The database lacks %n migrations; run &quot;elect db migrate&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMS provider: add [twilio] to the configuration, or no voter gets a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS go to the file %1 (demo only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server: add [smtp] to the configuration, or no one can verify an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email goes to the file %1 (demo only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show an organization&apos;s wallet: balance, movements, unpaid top-ups (--as its owner or an admin, or a system admin with --organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system admin: the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organization needs the organization&apos;s id (see &quot;elect org list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of organization %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up %1 of %2 waits for payment at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up %1 of %2 is requested; its checkout page opens once elect serve has created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask to pay money into the wallet through Stripe (--as the organization&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the wallet&apos;s currency, such as 1500 or 1500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT must be a positive amount in %1 such as 1500 or 1500.50, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up %1 of %2 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elect serve now opens a Stripe checkout page for it. Run &quot;elect wallet&quot; in a moment to see the page&apos;s address (or open the wallet in elect-admin), and pay there; the wallet is credited as soon as Stripe confirms the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is too easy to guess: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the key pair that signs audit checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the private key to FILE (mode 600; for [audit] checkpoint_key on the service host only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the public key to FILE (for auditors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit keygen needs --private FILE and --public FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (mode 600): give it to elect serve as [audit] checkpoint_key and keep it nowhere else. Give the public key %2 to the auditors, for &quot;elect audit verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log against its signed checkpoints (--as a system admin or --as elect_service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint file elect serve wrote ([audit] checkpoint_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key of &quot;elect audit keygen&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checkpoints and --public-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOUND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log was tampered with: %n finding(s) above.</source>
        <translation>
            <numerusform>The audit log was tampered with: %n finding above.</numerusform>
            <numerusform>The audit log was tampered with: %n findings above.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows (up to row %2) follow from their content. Without --checkpoints this cannot show rows deleted at the end or a chain recomputed by the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows (up to row %2) follow from their content and match all %3 signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server of your own, add these lines to postgresql.conf and restart PostgreSQL, so that weak passwords are refused, each failed sign-in costs half a second, and a failed statement (which may carry a password) is not copied into the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a kiosk off at once: its login and open sessions end (--as the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kiosk&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the kiosk&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is on; it can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is off; it cannot sign in. Open sessions ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a kiosk that was turned off on again (--as the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration API of elect serve (default http://127.0.0.1:8181, this machine&apos;s serve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register an organization and its owner through elect serve&apos;s registration API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration of %1 sent. If the email can be registered, a verification code is on its way to it: enter it with &quot;elect org verify&quot;; then a system admin accepts the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk event(s) since %1 wait for elect serve to seal them into the chain; they are not checked yet.</source>
        <translation>
            <numerusform>%n kiosk event since %1 waits for elect serve to seal it into the chain; it is not checked yet.</numerusform>
            <numerusform>%n kiosk events since %1 wait for elect serve to seal them into the chain; they are not checked yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>time voters casting at many kiosks at once, in a throwaway server, with pgbench on the same server as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosks voting at once, one connection each (default 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters who cast (default 6400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long pgbench runs (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosks takes a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pgbench-seconds takes a number from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a block vote (%1 marks) for %2 voters; the kiosks&apos; lookup limit is lifted for the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting: %1 kiosks, %2 voters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispatcher pass failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark went wrong: %1 of %2 voters cast, %3 ballots and %4 voting records stored, audit chain intact: %5; first problem: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: pgbench -N, %1 clients, %2 s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: embedded PostgreSQL on a Unix socket, no fsync, on this machine&apos;s %1 cores, shared with this process&apos;s %2 kiosks and elect serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1) The whole way, one voter after another at each kiosk: identify, the code&apos;s SMS through the outbox, verify, ballot, cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters per second (a1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id typed to receipt p50 / p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast p50 / p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) Casts alone: every kiosk&apos;s verified voters cast at once, one transaction each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casts per second (a2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline: pgbench -N tps (b), same clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casts a2/b (target at least 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole voters a1/b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, intact after sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory of this process (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio (a)/(b): %1 (target: at most 1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time elect-admin&apos;s voters list on a large election (first rows, scrolling, memory), in a throwaway embedded server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed beside elect; it comes with elect-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import had already finished when it was asked to stop; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (a)&apos;s %1 s went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reading and checking the file: %1 s, of which %2 s waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  meanwhile, chunks streamed with COPY: %1 s; hashed and inserted: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  after the last chunk (checks, audit, commit): %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server CPU time: (a) %1 s, (b) %2 s, (c) %3 s; (a)/(b): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Connection</name>
    <message>
        <source>Not connected to the database server. Elect is trying to reconnect; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Elect is reconnecting by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ConnectionSettings</name>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a server address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Crypto</name>
    <message>
        <source>OpenSSL could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Ed25519 private key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign with an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Csv</name>
    <message>
        <source>There is no election %1 in your organization. Check the election&apos;s number (elect election list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is already published, so its voters and candidates can no longer change. Only a draft election accepts an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election asks your organization&apos;s API who may vote, so it takes no voter list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner or its administrators can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in international form has 8 to 15 digits with its country code; this one has %1. Check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has turned this phone number into scientific notation and lost digits. Format the column as Text in Excel, enter the numbers again, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the country code +%1, a phone number has %2 to %3 digits; this one has %4. Check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has no country code and the organization&apos;s country (%1) is not one Elect knows the numbering of. Write it in international form, starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in %1 has %2 to %3 digits after the leading %4 (or write it with +%5); this one has %6. Check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in %1 has %2 to %3 digits (or write it with +%4); this one has %5. Check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; must be a plain file name (photo.jpg), without folders or &quot;..&quot;, in the same folder as the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is not in the folder %2. Put it next to the CSV file or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file; give the file name of a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; links to a file outside the CSV&apos;s folder; copy the photo itself there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is larger than 5 MB; save it smaller (for example 1024 pixels wide, JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Elect can read. Use a JPEG, PNG or WebP photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is a %2 image; save it as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2x%3 pixels; at most %4x%4 is accepted. Scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be decoded; the file is damaged or not really a %2. Save it again as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2x%3 pixels; at least %4x%4 is needed. Use a larger photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be re-encoded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date looks month first (mm/dd/yyyy); Elect reads dates day first (dd/mm/yyyy). Write it as yyyy-mm-dd to avoid any doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has stored this date as a number. Format the column as a date (yyyy-mm-dd) or as Text in Excel, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is written yyyy-mm-dd (1980-03-25) or dd/mm/yyyy (25/03/1980).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist; check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date before 1900 is not accepted; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like Arabic Windows text (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like Western European Windows text (%1 or iso-8859-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text. %1 Import it again with that encoding chosen (--encoding %2), or save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter; choose a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty. Its first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is longer than %1 characters; most likely a quote is never closed. Check the quotes from this line on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value starts here but its closing quote (&quot;) is missing. Close the quote, or remove it if the value has no delimiter or line break inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a value. Inside a quoted value, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (value %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voter is already in the election. Remove the row, or remove the voter from the election first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate is already in the election. Remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of this election stands in %1 (%2 voters). Import the candidates first, or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API-managed election has no voter list: the organization&apos;s API says who may vote. There is nothing to import; import candidates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both hold the %3. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole header was read as one column: choose the delimiter the file uses (comma, semicolon or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This required column is missing. The header has: %1. Name the column one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header names a column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header lacks required columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2 columns. A value that contains the delimiter must be in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national id is empty. Every row needs one; fill it in or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has turned this national id into scientific notation and lost digits. Format the column as Text in Excel, enter the ids again, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national id already appears on line %1. List each person once; remove one of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This required cell is empty. Fill it in or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is longer than %1 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty. Every voter needs one to receive the voting code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only the photo&apos;s file name (photo.jpg), without folders or &quot;..&quot;; the photo must be in the same folder as this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a value that does not start with one. Quote the whole value and write the quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one voter in this file is already in the election; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one candidate in this file is already in the election; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 voters in this file are already in the election; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 candidates in this file are already in the election; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and 1 more voter already in the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and 1 more candidate already in the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more voters already in the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more candidates already in the election.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::DashboardPage</name>
    <message>
        <source>No election is running or scheduled right now. Published elections appear here until their voting ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1; every 30 seconds while shown (F5 now). A kiosk counts as online while it holds a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Database</name>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot sign in yet. Verify your email address with the link we sent you; an organization can sign in once a system administrator has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Elect database yet. Ask your IT staff to run &quot;elect db init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server (%1). Check the server address and that it is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an unexpected problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this. Sign in with an account that may, or ask your organization&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a system administrator may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner may do this, once the organization is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a kiosk may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent in protected form; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid. Write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is missing. Fill in every name field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name needs at least 2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as EG or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national id may contain only digits, spaces and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email address already exists. Sign in, or reset its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization with this name is already registered. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization already has a kiosk with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization does not exist, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization was already accepted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is published; its candidates and voters can no longer change. Only a draft election can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This already exists. Choose another name or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not acceptable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is not available. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not set up for this version of Elect. Ask your IT staff to run &quot;elect db migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an unexpected problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a value this version of Elect does not know (&quot;%1&quot; in %2). Update Elect on this computer, or ask your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outgoing message with this id. See &quot;elect outbox list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was already sent; it is not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is not open for voting at this kiosk. Ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no such eligibility question. Start again with the national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s voter service cannot be reached; ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has asked about too many people in the last minute. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) may close and count elections or remind voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election has not ended, or was cancelled: its ballots stay sealed and it cannot be counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-up must be between 25.00 and 999,999.99 (in the wallet&apos;s currency). Enter another amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has five unpaid top-ups from the last day. Pay one of them, or wait until they expire, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pricing tier needs a lowest number of voters of 0 or more, a highest number that is not lower (or none), a price of 0 or more and a three-letter currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tier overlaps another tier of the same currency. Change or remove that tier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pricing tier with this id (see &quot;elect pricing list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election does not exist, or belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s start time has passed. Move it into the future, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election has no candidates yet. Add or import them, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election has no voters yet. Import its voter list, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price is set for an election of this size. Ask the platform&apos;s system administrator to set a pricing tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is too low to publish this election. Top up the wallet, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft, or a published election that has not started yet, can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is too low to publish this election: %1 more is needed. Top up the wallet, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is not open for voting now. Ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has looked up too many national ids in the last minute. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter list has no phone number for you, so no code can be sent. Ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three codes were sent to your phone in the last 15 minutes. Use the latest one, or wait a few minutes and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has timed out. Start again with your national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voting session has ended. Start again with your national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already voted in this election, and your vote was counted once. Nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot has fewer choices than this election needs. Go back to the ballot and choose more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot has more choices than this election allows. Go back to the ballot and remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate is chosen twice on this ballot. Go back to the ballot and remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot names a candidate you cannot vote for. Go back to the ballot and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk sent an incomplete ballot. Ask the poll worker to restart the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot match this ballot to the kiosk&apos;s earlier request. Ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elect serve asked for a request limit the database does not accept; nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a system administrator or elect serve (the elect_service login) may read the audit log&apos;s chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was protected too weakly (fewer than 4096 rounds or a short salt); nothing was changed. Use an up-to-date Elect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk does not exist, or it belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elect serve (the elect_service login) seals kiosk events into the audit log&apos;s chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the organization is turned down (up to 2,000 characters): the owner reads it. Nothing was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have searched for too many national ids in the last minute. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This administrator does not exist, was removed, or belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an organization admin asks for a change; the owner decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be asked for: a published election&apos;s title (1 to 200 characters) and its dates (a start still ahead, an end after it), or a candidate&apos;s name, party and description may change, and something must differ from what it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a published election that has not started waits for approval: change a draft directly; a cancelled or counted one no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate does not exist, or belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval request does not exist, or belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has already been decided. Refresh to see the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the change is rejected (at most 1,000 characters): the person who asked reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this request would change has changed since it was made. Reject it, and ask for a new one if the change is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::DemoSeeder</name>
    <message>
        <source>The demo already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of Nile Rowing Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of Alexandria Student Union (waiting for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted Nile Rowing Club as the system admin; Alexandria Student Union waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created two elections as the owner: &quot;%1&quot; (draft) and &quot;%2&quot;, each with candidates and 60 voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator of Nile Rowing Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk &quot;Boathouse kiosk 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an administrator and a kiosk as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot;: it runs for the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo on this computer yet. Run &quot;elect demo&quot; first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s account file %1 is damaged. Run &quot;elect demo&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered Nile Rowing Club and Alexandria Student Union as the service does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;, a ranked election (instant runoff) with the same 60 voters: at the kiosk, voters number the candidates in their order of preference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionDetailsTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the election: its candidates, voters and dates are frozen, and the wallet pays its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the election for good; a published election&apos;s charge is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organization&apos;s owner may publish or cancel an election: publishing pays from the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No price is set for an election of %n voter(s), so publishing will be refused until the platform&apos;s administrator sets one.</source>
        <translation>
            <numerusform>No price is set for an election of %n voter, so publishing will be refused until the platform&apos;s administrator sets one.</numerusform>
            <numerusform>No price is set for an election of %n voters, so publishing will be refused until the platform&apos;s administrator sets one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing this election (%n voter(s)) is free.</source>
        <translation>
            <numerusform>Publishing this election (%n voter) is free.</numerusform>
            <numerusform>Publishing this election (%n voters) is free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing charges %1 to the wallet for %n voter(s): the balance goes from %2 to %3.</source>
        <translation>
            <numerusform>Publishing charges %1 to the wallet for %n voter: the balance goes from %2 to %3.</numerusform>
            <numerusform>Publishing charges %1 to the wallet for %n voters: the balance goes from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publishing costs %1 for %n voter(s), but the wallet holds %2: top up %3 first, or publishing will be refused.</source>
        <translation>
            <numerusform>Publishing costs %1 for %n voter, but the wallet holds %2: top up %3 first, or publishing will be refused.</numerusform>
            <numerusform>Publishing costs %1 for %n voters, but the wallet holds %2: top up %3 first, or publishing will be refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the election?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once published, its dates, type, counting method, candidates and voters can no longer change. Voting opens on its own at the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published. %1 was paid from the wallet; it now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the election?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody will be able to vote in it, and this cannot be undone. What publishing charged is refunded to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody will be able to vote in it, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1 went back to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the organization&apos;s owner to approve these changes; the election keeps its current values until they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the owner for approval. Nothing changes until they approve (see My approval requests).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionForm</name>
    <message>
        <source>e.g. Board election 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple: every voter chooses among all candidates. By district or governorate: each voter chooses among the candidates of their own. From your API: your system says who may vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect asks GET &lt;address&gt;/voters/&lt;national id&gt; whether a voter may vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people may vote. The price of publishing follows it; for a voter list it is at least the number of voters imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices on each ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting &amp;opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting &amp;closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Potential voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the organization&apos;s time zone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;choices on each ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: each voter marks as many candidates as there are choices on the ballot; the candidates with the most votes win the seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: each voter marks every candidate they approve of, up to the most choices; the candidates with the most approvals win the seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked: voters number the candidates in order of preference. One seat: the last candidates are eliminated round by round until one has a majority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked: voters number the candidates in order of preference; surpluses and eliminated candidates&apos; votes move to the next preference until the seats are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: one question, each voter answers yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at this election; only its organization&apos;s owner and administrators change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published elections cannot change their dates, type, counting method or number of voters: the price and the ballots depend on them. To change them, cancel the election and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is running: nothing about it can change until voting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting has closed: this election can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is counted: it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is cancelled: it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is published: a change to its title or voting times goes to the organization&apos;s owner for approval, and nothing changes until they approve. Its type, counting method and number of voters can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionRepository</name>
    <message>
        <source>Give the election a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election must end after it starts. Check the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election whose voters come from your API needs the API&apos;s address (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is gone, or you may not see it. Refresh the list of elections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an organization&apos;s owner or administrator creates elections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionTableModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n seat(s)</source>
        <translation>
            <numerusform>%1 — %2, %n seat</numerusform>
            <numerusform>%1 — %2, %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the organization&apos;s time zone, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionWorkspace</name>
    <message>
        <source>Back to elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the list of elections (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the organization&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ElectionsPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an election, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Eligibility</name>
    <message>
        <source>The organization&apos;s API at %1 answered in a form Elect cannot read; ask its administrators to check it against Elect&apos;s eligibility API description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s API at %1 refused the question (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s API must be reached over https:// (national ids never cross a network in the clear); change the election&apos;s API address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::EligibilityHandler</name>
    <message>
        <source>The message names no eligibility request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect could not record the API&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::EmbeddedServer</name>
    <message>
        <source>ELECT_PG_BINDIR is set to %1, but there is no initdb there. Point it at the folder that holds PostgreSQL&apos;s initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) are not installed, so Elect cannot run its own database. Install them (Debian and Ubuntu: sudo apt install postgresql), or set ELECT_PG_BINDIR to the folder that holds them, or connect to a database server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in %2 seconds. See the server log: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3
The server log is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect runs as root, and PostgreSQL refuses to run as root; creating the unprivileged account %1 for it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect runs as root and PostgreSQL refuses to, so the embedded server runs as the unprivileged account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give the folder %1 to the account that runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be entered by the server&apos;s account %2. Choose a data folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s configuration in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crashed server left %1 behind and it cannot be removed. Remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded database in %1 is not set up. Run &quot;elect db init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s configuration %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::EnrollmentDialog</name>
    <message>
        <source>Enroll the kiosk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This code is the kiosk&apos;s password.&lt;/b&gt; It is shown only now. Anyone who has it can sign in as this kiosk: do not send it by email or chat, and do not keep it. If it is lost or someone else saw it, give the kiosk a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the kiosk, at “Set up this kiosk”, paste this code into “Enrollment code”, or scan the QR code into that field with a barcode scanner. No password is typed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk will connect to %1, the server you are signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the code to paste it on the kiosk. Closing this window clears it from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ImageDropField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ImportTab</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: choose it, or type its path and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding. Change it when names look garbled in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row against the election without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import voters or candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2. Columns understood: %3. The first %4 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1. Nothing was imported. Fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows checked: %1. No problems found; nothing was written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Integrations</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s server could not be verified (TLS); check the host&apos;s clock and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Elect to slow down (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the message file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file %1 is not a regular file of yours; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the message file %1 private (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::KioskApp</name>
    <message>
        <source>Elect kiosk: where voters cast their ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo&apos;s kiosk on the embedded server (run &quot;elect demo&quot; first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no kiosk account. Run &quot;elect demo&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::KioskController</name>
    <message>
        <source>Enter the kiosk login and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name, or choose this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login belongs to a person, not a kiosk. Enter the kiosk login that the organization&apos;s owner created for this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the poll workers&apos; PIN and type it twice: this kiosk has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::KioskEnrollment</name>
    <message>
        <source>This is not a kiosk enrollment code, or part of it is missing. Copy the whole code that elect-admin showed when the kiosk was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s enrollment code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was made by a newer Elect. Update this kiosk&apos;s Elect, then paste the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code is damaged. Ask the organization&apos;s owner to show it again, or to rotate the kiosk&apos;s password for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::KioskTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::KiosksPage</name>
    <message>
        <source>Add kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has no kiosks yet. Add one for each voting computer at your polling stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has no kiosks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your organization&apos;s owner may add kiosks, turn them off or on, and give them new passwords. Ask the owner if a kiosk needs one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a kiosk and get the code that sets it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this kiosk a new password and a new enrollment code; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this kiosk sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this kiosk out now and stop it from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk “%1” was created. Set it up with the code shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded server of the kiosk&apos;s own computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, database %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk “%1” may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk “%1” was signed out and cannot sign in until you enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the kiosk “%1” now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed out at once, also in the middle of a voter&apos;s session, and cannot sign in until you enable it again. Do this when a kiosk is lost, stolen or out of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the kiosk “%1” a new password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its current enrollment code stops working at once and the kiosk is signed out. Set it up again with the new code, shown next. Do this when a code was lost or someone else saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk “%1” has a new password. Its old enrollment code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::MainWindow</name>
    <message>
        <source>Elect administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect administration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization has created an election yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every election of your organization, with its status right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization has no elections yet. Elections you create appear here, from draft to results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review new organizations before they can run elections, and see who runs each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every election on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published elections that have not ended, across organizations: turnout so far and kiosks online. Updated every 30 seconds while shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What publishing an election costs, by its number of potential voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who prepare elections with the owner. They sign in with their own email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting computers at your polling stations, each with its own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in your organization, newest first. New ones appear as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes organization admins asked for in published elections. Compare, then approve or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you asked for in published elections, and the owner&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for publishing elections: the balance, every movement, and top-ups by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s name, country and the time zone its elections are shown in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::MessageBanner</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::MessageTemplates</name>
    <message>
        <source>Verify your email address for Elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify your email address, enter this code in Elect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is valid for 48 hours and can be used once. If you did not register with Elect, ignore this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your Elect password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To choose a new password, enter this code in Elect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is valid for one hour and can be used once. If you did not ask for it, ignore this email: your password stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was accepted on Elect. You can now sign in, top up the wallet and create elections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not accepted on Elect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think this is a mistake, reply to the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization was accepted on Elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization was not accepted on Elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Elect code is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: voting in &quot;%1&quot; closes at %2 on %3 and you have not voted yet. Bring your national ID to a polling station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone tried to register with your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone tried to register a new organization on Elect with this email address, which already has an account. Nothing was created and your account is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was you, sign in with your account instead; if you forgot its password, choose &quot;Forgot password&quot; in Elect. If it was not you, ignore this email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Migrator</name>
    <message>
        <source>Migration %1 was changed after it was applied to this database (checksum %2 applied, %3 shipped). Shipped migrations must never be edited; restore the original file and add a new migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NationalId</name>
    <message>
        <source>A national id may contain only digits, spaces and dashes; character %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national id has at least 4 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national id has at most 32 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NewAdminDialog</name>
    <message>
        <source>Add an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators prepare elections, candidates and voters with you. They cannot add other administrators or kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They get an email to verify their address. Then they choose their own password with “Forgot password” on the sign-in window, using the code from a second email. You never see or set their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NewElectionDialog</name>
    <message>
        <source>New election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new election starts as a draft: add its candidates and voters, then publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New election…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NewKioskDialog</name>
    <message>
        <source>Add a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk is a computer at a polling station where voters cast their votes. After you create it, you get the code that sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main hall 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Al-Nour School, Giza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NotificationTableModel</name>
    <message>
        <source>Election published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::NotificationsPage</name>
    <message>
        <source>No notifications yet. Publishing, payments, approval requests and results are announced here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a notification, or press Enter, to open what it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked read.</source>
        <translation>
            <numerusform>%n notification marked read.</numerusform>
            <numerusform>%n notifications marked read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the election, the candidate or the approval request this notification is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationPeopleModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationSettingsPage</name>
    <message>
        <source>&amp;Use this time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections are shown and typed in this time zone, whoever&apos;s computer is used. Changing it keeps every election at the same moment; only the clock times shown change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections are shown and typed in this time zone. Only the organization&apos;s owner may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones: a city or a region, e.g. Cairo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s time zone is now %1. Election times are shown and typed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationSettingsRepository</name>
    <message>
        <source>This account belongs to no organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::OrganizationsPage</name>
    <message>
        <source>People who run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, country code, owner or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who run the selected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this organization&apos;s owner sign in and create elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this registration down, with a reason the owner will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization matches “%1” here. Check the spelling, or show all states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization is waiting for review. New registrations appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization is in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1. Reason given to the owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who run it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was accepted. The owner is told by email and can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1? This cannot be undone: the owner cannot sign in, and is told by email with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rejected. The owner is told by email, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: type a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair, not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it longer: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PasswordStrength</name>
    <message>
        <source>A short password is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it longer: a few uncommon words together are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common words and names are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password made from your name, email address or organization is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of keys, like qwerty or 12345, are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences, like abc or 6543, are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats, like aaa or abcabc, are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals in the usual places do not help much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapping letters for look-alike symbols, like @ for a, does not help much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PinHash</name>
    <message>
        <source>The PIN is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 12 digits for the poll workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: it repeats one digit or counts up or down. Choose digits without such a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PlatformRepository</name>
    <message>
        <source>A tier in %1 that starts at %2 voters exists already. Change that tier instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PollWorkerGate</name>
    <message numerus="yes">
        <source>Too many wrong PINs were entered. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong PINs were entered. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many wrong PINs were entered. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs were entered. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong PINs were entered. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong PINs were entered. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot check the PIN because it cannot read its keychain. Ask the kiosk&apos;s IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. After %n more wrong PIN(s), the kiosk makes you wait before you can try again.</source>
        <translation>
            <numerusform>That PIN is not right. After %n more wrong PIN, the kiosk makes you wait before you can try again.</numerusform>
            <numerusform>That PIN is not right. After %n more wrong PINs, the kiosk makes you wait before you can try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>A vote is being sent to the server. Wait until the voter has their receipt, then enter the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is being sent to the server. Wait until the voter has their receipt, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PricingPage</name>
    <message>
        <source>No pricing tier yet. With payments on, an election can be published only when a tier covers its number of potential voters: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a tier, or press Enter, to change it; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 tier for %2 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 tier for %2 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tier %1? Elections of that size cannot be published until another tier covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PricingTierDialog</name>
    <message>
        <source>No upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pricing tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pricing tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 4217 code of the wallet&apos;s currency, such as EGP or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 1500 or 1500.50; 0 for free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (potential voters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (potential voters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price to publish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a three-letter currency and the price in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing an election of %1 will cost %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not an amount. Type it in %1 with digits, for example 1500 or 1500.50 (at most 999,999.99), or 0 for a free tier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::PricingTierModel</name>
    <message>
        <source>%1 voters or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::RegisterDialog</name>
    <message>
        <source>Register an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your organization to run its elections with Elect. We email you a code to confirm your address; then the platform&apos;s team reviews the organization, and you can sign in once it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nile Rowing Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your organization&apos;s name, as its members know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address, such as name@example.org. The code goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger password: the advice under it says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::RegistrationClient</name>
    <message>
        <source>The email address is not valid. Write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is missing. Fill in every name field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name needs at least 2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as EG or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization with this name is already registered. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a longer one, such as a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Elect service cannot work right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Elect service did not understand the request (%1). Update Elect, or tell the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Elect service cannot be reached. Check the network and the service&apos;s address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is verified. An organization can sign in once the platform has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the address can receive it, an email is on its way. Follow its instructions; it may take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Elect service&apos;s address must start with https:// (passwords never cross a network in the clear); plain http:// only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::RejectOrganizationDialog</name>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 turned down? The owner reads this in an email and when signing in, so say what they could change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the registration names no real club; send the club&apos;s registration number and register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: shorten it to %2 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ResetPasswordDialog</name>
    <message>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We email you a code to choose a new password. The code works once, for one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your Elect account; the code goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has an Elect account, a code is on its way. Paste it here and choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the code from the email we sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger password: the advice under it says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Check that you copied all of it, or click &quot;Send a new code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::SecretStore</name>
    <message>
        <source>Nothing is saved in the keychain for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it, or sign in without saving the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Service</name>
    <message>
        <source>The message names no top-up request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up request %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up request %1 is no longer waiting for a checkout session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up request %1 had changed before its session was recorded; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handler of this elect serve sends messages of kind &quot;%1&quot;. Update elect serve, then retry the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s). Last error: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt. Last error: %1</numerusform>
            <numerusform>Gave up after %n attempts. Last error: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>close and count ended elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 (&quot;%2&quot;) was not counted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 has more ballots than a count can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not prepare the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; another program may use the port. Choose another with [http] listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up %1: Stripe could not be asked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached at %2; check the address, the network and the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials in the configuration (HTTP %2); copy them again from the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 at %3; try again later, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accepts the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe accepts the secret key (live mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe accepts the secret key (test mode: no real money).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 accepts Elect&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind voters who have not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elect serve needs a way to send SMS and email: configure [twilio] and [smtp] in the file given with --config, or try Elect with --file-transport FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is neither a [section] nor &quot;key = value&quot; inside a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: [%2] has no key &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is set twice in [%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 must be an https:// address (plain http only to this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: listen must be ADDRESS:PORT, such as 127.0.0.1:8181.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[twilio] account_sid must be &quot;AC&quot; and 32 hexadecimal digits, as Twilio&apos;s console shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[twilio] needs auth_token (or ELECT_TWILIO_AUTH_TOKEN in the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[twilio] needs exactly one of from (a number such as +201001234567) and messaging_service_sid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[smtp] url must be smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[smtp] needs from, the sender&apos;s address (elections@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[smtp] has a username but no password (or ELECT_SMTP_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stripe] needs secret_key (sk_live_... or sk_test_...), or ELECT_STRIPE_SECRET_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stripe] webhook_secrets are the endpoint&apos;s signing secrets (whsec_...), separated by commas while one is rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stripe] needs webhook_secrets (whsec_...), or ELECT_STRIPE_WEBHOOK_SECRETS: without it no payment could be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stripe] needs success_url and cancel_url: the https pages Stripe sends the payer back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[dispatcher] retry_cap_seconds must not be less than retry_base_seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 may be read by others, and it holds secrets. Run &quot;chmod 600 %1&quot; and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no code request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the code was voided before it was sent (the voter asked for a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter has no phone number on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder names no election or voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder was needed: the voter has voted, or voting has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 may be read by others, and whoever reads it can sign audit checkpoints. Run &quot;chmod 600 %1&quot; and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is not an Ed25519 private key in PEM form; make one with &quot;elect audit keygen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the checkpoint file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file that can be made private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign the audit log&apos;s head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 is not a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 (row %2) is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 (row %2): the signature does not hold under this public key; the line was altered or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed row %2, which is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log has %4: %5 rows were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log has %4: rows were inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1: the chain recomputed from the rows up to row %2 differs from the signed one: a row up to %2 was changed, removed or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not link to the row before it: a row before it was removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1&apos;s hash does not follow from its content: the row was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more rows are broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint line %1 signed %2 rows up to row %3; the log now ends at row %4 with %5 rows: rows were deleted from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unknown section [%2]. The sections are [database], [http], [twilio], [smtp], [stripe], [transport], [dispatcher] and [audit].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: trusted_proxies are addresses or subnets of the operator&apos;s proxies, separated by commas (127.0.0.1, 10.0.0.0/8, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[audit] needs both checkpoint_key (the private key, mode 600) and checkpoint_file (where the signed checkpoints go), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal kiosk events into the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::ServiceDialog</name>
    <message>
        <source>The address of the Elect service (elect serve) that registers organizations and sends the emails. Your IT staff or the platform&apos;s operator can tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Elect service&apos;s address must start with https:// (http:// only for this computer), such as https://elect.example.org. Ask your IT staff for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::SignInDialog</name>
    <message>
        <source>This computer (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the email and password of your Elect account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require and verify the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (local network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name, or choose this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a kiosk&apos;s account. Sign in with the email of a person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the &amp;code from the email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to Elect? Register your organization; the platform&apos;s team reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is right, but this account cannot sign in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Email not verified yet?&lt;/b&gt; Enter the code from the email we sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Organization waiting for review?&lt;/b&gt; You will get an email when the platform&apos;s team has accepted it; sign in then. If it is rejected, the email says why and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Organization admin?&lt;/b&gt; Your account may be disabled: ask your organization&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is verified. A new organization can sign in once the platform&apos;s team has accepted it; you will get an email then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account can sign in now. Click Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the email we sent you when you registered. No email? The next window can send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s team reviews every new organization. You will get an email when it is decided; once it is accepted, sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s registration was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s team gave this reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can put right what it says, reply to the email about the decision or contact the platform&apos;s team: they can tell you how to apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s owner has disabled your account. Ask the owner to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was removed from the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your organization&apos;s owner if you should have access; the owner can invite you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization cannot use Elect at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your organization&apos;s owner: the platform&apos;s team has not accepted the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Smtp</name>
    <message>
        <source>The mail server&apos;s address must start with smtp:// or smtps://; check elect serve&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect sends mail without TLS only to a relay on this machine; use smtps:// or STARTTLS for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused Elect&apos;s user name or password; check elect serve&apos;s SMTP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS; use smtps:// or a server that encrypts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not be verified (TLS); check its certificate and this host&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the message (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the email failed (%1); it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Stripe</name>
    <message>
        <source>Stripe refused Elect&apos;s secret key (%1): check the key that elect serve uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe&apos;s answer was not a Checkout Session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect wallet top-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Tally</name>
    <message>
        <source>Usage: elect bench tally [--ballots N] [--seed S]
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one ballot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a counting method with --method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seats needs a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--votes-per-voter needs a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-approvals needs a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-approvals needs a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--majority needs simple, two-thirds, three-fifths or a fraction such as 3/4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quorum needs a fraction such as 1/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--electorate needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .blt or .csv, or use --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie for the last seat is decided by lot, drawn with the recorded seed (a single count has no earlier round to look back to). Candidates with equal approvals who all win or all lose share a rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest approvals a ballot needs (%1) is more than the most it may carry (%2). Lower the minimum or raise the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid ballot approves from %1 to %2 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directives (@...) must come before the first ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@seats needs a whole number of seats from 1 to 65535: &quot;@seats,2&quot; or &quot;@seats,North,2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@withdrawn must come after the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@withdrawn names &quot;%1&quot;, who is not a candidate in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@constituency must come once, after a header row whose first column is the constituency column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the @constituency row has %1 fields, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the @constituency row gives no constituency for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown directive &quot;%1&quot;; known ones are @title, @seats, @withdrawn and @constituency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no candidate name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row names no candidate; it must list the candidates as columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 65535 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be a whole number of at least 1; found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the constituency is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate stands in constituency &quot;%1&quot; (see the @constituency row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell for %1 must be empty, 0, x or a rank number; found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not stand in constituency &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many ballots: the total weight exceeds what a count allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row naming the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@seats names constituency &quot;%1&quot;, which has no candidates or ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie for the last seat is decided by lot, drawn with the recorded seed (a single count has no earlier round to look back to). Candidates with equal votes who all win or all lose share a rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per voter lowered from %1 to the number of candidates, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid ballot marks from 1 to %1 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid ballot marks exactly %1 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted name has no closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a candidate name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is given to two candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted candidate name or title, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must hold two numbers: the number of candidates and the number of seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of candidates must be a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of seats must be a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a withdrawn candidate must be written as -1 to -%1; found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot must start with its weight, a whole number of at least 1; found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot line must end with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal preferences (&quot;=&quot;) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preference must be a candidate number from 1 to %1; found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 appears twice on this ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a BLT file starts with the number of candidates and seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ballots are not closed by a line holding only 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 candidate names, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid ballot: nobody is elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 candidates stand for %2 seats: %3 seats stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes each, for seat %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two or more candidates tie for fewest votes, the one with fewer votes in the most recent earlier round in which they differed is excluded; if they were equal in every round, a lot drawn with the recorded seed decides. Candidates with no votes are excluded together without a draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 votes of continuing ballots, a majority, and is elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no votes and are excluded together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewest votes, to be excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the fewest votes (%2) and is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot is drawn: a proposal passes only with the required majority, so equal yes and no votes (or a share exactly at a strict threshold) mean it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referendum has two options (yes, no) or three (yes, no, abstain), in that order; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required majority and the quorum must be fractions between 0 and 1, such as 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turnout quorum needs the number of registered voters (the electorate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: yes %1 %2 of the yes and no votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: turnout of at least %1 of %2 registered voters; turnout was %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scottish rules 49 and 51: of equal surpluses, the candidate with most votes at the end of the most recent preceding stage at which they had unequal votes is transferred first; of candidates tied for fewest votes, the one with fewest votes at the end of the most recent preceding stage at which they had unequal votes is excluded; if they were equal at every stage, a lot drawn with the recorded seed decides. Candidates elected at the same stage are ranked by their votes, ties decided the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 valid ballots / (%2 + 1), plus one = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order of election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches the quota with %2 and is elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continuing candidates for %2 vacancies: all are deemed elected (rule 52).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal surpluses, which first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus of %1 (%2) transferred; a paper worth 1 now carries %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no candidates to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates are more than the %2 a count allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of seats must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawn list has %1 entries but there are %2 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ballot names candidate %1 but there are only %2 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per voter cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus of %1 (transfer value %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last vacancies filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1   Seats: %2   Ballots: %3 (valid %4, invalid %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referendum: %1 (yes %2, no %3, abstain %4, turnout %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie-break rule: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between %1 (%2): decided by lot (seed %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between %1 (%2): decided by the votes in round %3, where %4 had the %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BLT file (.blt) or a ballot CSV (.csv); see docs/tally.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::TallyRepository</name>
    <message>
        <source>There is no election %1, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1 has not been counted yet. Results are stored once it has ended and elect serve has counted it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::TopUpDialog</name>
    <message>
        <source>Top up the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you want to pay into the wallet? Stripe&apos;s payment page opens in your browser; the balance grows once the payment is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2, like 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Twilio</name>
    <message>
        <source>Twilio refused Elect&apos;s credentials (%1): check the account SID and auth token that elect serve uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the message (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered without a message id; check Twilio&apos;s console before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio does not know this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s answer had no status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::Types</name>
    <message>
        <source>Simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility from your API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose N, most votes win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked choice (instant runoff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single transferable vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::VerifyEmailDialog</name>
    <message>
        <source>Verify your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We emailed you a code. Copy it from the message and paste it here, or type it; spaces, dashes and capitals do not matter. The code works once, for 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD-EFGH-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a new code to the email address above; the old code stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered. We sent a code to %1: it may take a few minutes to arrive (look in the spam folder too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the code from the email we sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid, was already used, or has expired. Check that you copied all of it, or click &quot;Send a new code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address you registered with; the new code goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has an account waiting for verification, a new code is on its way. Use the newest code: the older ones no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::VoterBench</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a throwaway embedded server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the throwaway server refused its superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s owner could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 voters in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an organization&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the election workspace has no Voters tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first rows never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list was never counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters in the list: %1 (rows %2, pages in memory at most %3 of %4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last row loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows: %1 ms (target &lt; 1000 ms: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted and indexed: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the end: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll through in %1 steps: %2 ms (slowest step %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory: %1 MiB (before opening the election %2 MiB; target &lt; 300 MiB: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times elect-admin&apos;s voters list on a large election in a throwaway embedded server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::VoterTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::VotersTab</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a voter by national id (the exact id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the exact national id finds a voter: ids are stored as a keyed hash. Leave it empty and press Enter to list every voter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All governorates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voter of this election has that national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading voters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the voter with that national id. Clear the search to see every voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting voters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::VotingFlow</name>
    <message>
        <source>The kiosk cannot reach the election server right now. Wait a moment and try again; if this goes on, ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the candidates in your order of preference, your first choice first. Touch a chosen candidate again to take them off and change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the candidate you choose. Touch another to change your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose exactly %n candidate(s). Touch a chosen candidate again to take them off.</source>
        <translation>
            <numerusform>Choose exactly %n candidate. Touch a chosen candidate again to take them off.</numerusform>
            <numerusform>Choose exactly %n candidates. Touch a chosen candidate again to take them off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n candidate(s). Touch a chosen candidate again to take them off.</source>
        <translation>
            <numerusform>Choose up to %n candidate. Touch a chosen candidate again to take them off.</numerusform>
            <numerusform>Choose up to %n candidates. Touch a chosen candidate again to take them off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %n more.</source>
        <translation>
            <numerusform>Choose %n more.</numerusform>
            <numerusform>Choose %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you are ready, go on to review your ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This election is not open at this kiosk any more. Ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national id is not on this election&apos;s list of voters. Check the number and enter it again, or ask the poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code was sent to the phone ending in %1. Enter the new code; the earlier one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has six digits. Enter the six digits from the text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the text message and enter the six digits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired. Touch &quot;Send a new code&quot;, then enter the code from the new text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was entered wrongly too many times and no longer works. Touch &quot;Send a new code&quot;, then enter the code from the new text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code is still on its way. Wait for the text message, then enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already voted in this election, and your vote was counted once. Nothing more is needed. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have already chosen %n candidate(s), as many as this election allows. Touch a chosen candidate to take them off first.</source>
        <translation>
            <numerusform>You have already chosen %n candidate, as many as this election allows. Touch a chosen candidate to take them off first.</numerusform>
            <numerusform>You have already chosen %n candidates, as many as this election allows. Touch a chosen candidate to take them off first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the election server was interrupted while your vote was being sent. The kiosk is sending it again; please wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote cast at this kiosk before it restarted was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote started at this kiosk before it restarted was not counted: that voter may vote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your answer. Touch the other answer to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::WalletPage</name>
    <message>
        <source>Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay into the wallet by card, on Stripe&apos;s payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up of %1: preparing Stripe&apos;s payment page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up of %1: the payment page is open in your browser. The balance grows here once Stripe confirms the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up of %1: paid, and added to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up of %1: the payment page expired unpaid. Nothing was charged; top up again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elect::WalletRepository</name>
    <message>
        <source>Say which organization&apos;s wallet to show: this account belongs to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization %1, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To keep your vote private, this session ends in %n second(s). Touch the screen or press any key to go on.</source>
        <translation>
            <numerusform>To keep your vote private, this session ends in %n second. Touch the screen or press any key to go on.</numerusform>
            <numerusform>To keep your vote private, this session ends in %n seconds. Touch the screen or press any key to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Number keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Elect kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalIdScreen</name>
    <message>
        <source>Step 1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only. Press Enter when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number on your national id card with the keys on the screen or the keyboard, then choose Continue. We will send a code to your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the start for the next voter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>This kiosk is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters: please use another kiosk, or ask a poll worker for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the poll worker&apos;s PIN to resume the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollWorkerPanel</name>
    <message>
        <source>Poll worker&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the poll worker&apos;s PIN, then press Enter or choose OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll worker&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 12 digits. Press Enter when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the PIN prompt and returns to the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no poll worker&apos;s PIN yet. Set up the kiosk again to choose one; you need the kiosk&apos;s login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns the kiosk to the voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters see that the kiosk is paused; the PIN resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the kiosk&apos;s setup: its server, login and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the kiosk app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the kiosk app on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a voter was in the middle of voting here, that session has ended: they start again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Step 5 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your vote was counted. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the code down or photograph the QR code. With it you can later check that your ballot was counted. It does not show how you voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen closes by itself in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the start for the next voter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Step 4 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose these candidates, in this order of preference. Your vote is not cast yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose the candidates below. Your vote is not cast yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote is final once cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More choices below ▼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kiosk login that the organization&apos;s owner created. The password is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require and verify the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (local network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll workers&apos; PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll workers type it to pause this kiosk, change its server or quit. To keep the current PIN, leave both fields empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll workers type it to pause this kiosk, change its server or quit. Choose 6 to 12 digits that are hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll workers&apos; PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and keep the current setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for the kiosk “%1”. Choose the poll workers&apos; PIN, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in. Choose the poll workers&apos; PIN, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code that elect-admin showed when the kiosk was created, or scan its QR code into this field. It fills in the server and the kiosk login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the election server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters: please ask a poll worker for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kiosk setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the election server was lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the poll worker&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <source>Choose %n candidate(s)</source>
        <translation>
            <numerusform>Choose %n candidate</numerusform>
            <numerusform>Choose %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These elections are open at this kiosk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no election open at this kiosk right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election is running here at the moment.
If you came to vote, please ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n candidate(s)</source>
        <translation>
            <numerusform>Choose up to %n candidate</numerusform>
            <numerusform>Choose up to %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank the candidates in your order of preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More elections below ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM, HH:mm</source>
        <comment>closing time format</comment>
        <extracomment>A date format (Qt&apos;s): day, month&apos;s name, then the time; Arabic uses its own comma.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Elect administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
