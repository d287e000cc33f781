import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// The first screen a voter sees: display choices and the elections open at this kiosk.
Item {
    id: welcome
    objectName: "welcomeScreen"
    readonly property var locale: Qt.locale(KioskController.voter.rightToLeft ? "ar_EG" : "en_GB")

    Rectangle {
        id: header
        objectName: "header"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: headerRow.implicitHeight + 32
        color: Theme.contrast ? "#000000" : Theme.accent
        border.color: Theme.contrast ? Theme.border : "transparent"
        border.width: Theme.contrast ? Theme.borderWidth : 0

        RowLayout {
            id: headerRow
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: 16; bottomMargin: 16 }
            spacing: 16

            Label {
                objectName: "organizationName"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: KioskController.organizationName
                color: Theme.headerText
                font.pixelSize: Theme.heading
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
                PollWorkerHold {}
            }
            KioskButton {
                id: languageButton
                objectName: "languageButton"
                // Each language is named in its own script, so a voter finds it.
                text: KioskController.voter.rightToLeft ? "English" : "العربية"
                accessibleName: KioskController.voter.rightToLeft ? "English" : "العربية (Arabic)"
                font.family: KioskController.voter.rightToLeft ? "Noto Sans" : "Noto Sans Arabic"
                onClicked: KioskController.voter.language = KioskController.voter.rightToLeft ? "en" : "ar"
            }
            Row {
                objectName: "textSizeGroup"
                spacing: 6
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Text size")
                Repeater {
                    model: [
                        { size: VoterSession.Normal, label: "A", pixel: 22, name: qsTr("Normal text") },
                        { size: VoterSession.Large, label: "A", pixel: 28, name: qsTr("Large text") },
                        { size: VoterSession.ExtraLarge, label: "A", pixel: 34, name: qsTr("Extra large text") }
                    ]
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "textSize" + modelData.size
                        text: modelData.label
                        font.pixelSize: modelData.pixel
                        font.bold: true
                        leftPadding: 0
                        rightPadding: 0
                        implicitWidth: languageButton.implicitHeight
                        implicitHeight: languageButton.implicitHeight
                        checkable: true
                        checked: KioskController.voter.textSize === modelData.size
                        accessibleName: modelData.name
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onClicked: KioskController.voter.textSize = modelData.size
                    }
                }
            }
            KioskButton {
                objectName: "contrastButton"
                text: qsTr("High contrast")
                checkable: true
                checked: KioskController.voter.highContrast
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: KioskController.voter.highContrast = !KioskController.voter.highContrast
            }
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.margin / 2
        spacing: 8

        Label {
            objectName: "welcomeTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Welcome")
            lineHeight: Theme.lineHeight
            // The greeting stops growing at the large size: the elections below need the room.
            font.pixelSize: Math.round(56 * Math.min(Theme.scale, 1.25))
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "welcomeSubtitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            color: Theme.mutedText
            text: electionList.count > 0 ? qsTr("These elections are open at this kiosk now.")
                                          : qsTr("There is no election open at this kiosk right now.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ListView {
            id: electionList
            objectName: "electionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 12
            visible: count > 0
            clip: true
            spacing: 16
            boundsBehavior: Flickable.StopAtBounds
            readonly property bool moreBelow: contentHeight > height + 1 && contentY + height < contentHeight - 1
            ScrollBar.vertical: ScrollBar {
                policy: ScrollBar.AlwaysOn
                visible: electionList.contentHeight > electionList.height + 1
                implicitWidth: 14
                contentItem: Rectangle { radius: 7; color: Theme.text; opacity: 0.8 }
                background: Rectangle { radius: 7; color: Theme.border; opacity: 0.6 }
            }
            model: KioskController.elections
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Open elections")

            delegate: Rectangle {
                id: card
                required property var electionId
                required property string title
                required property int votesPerVoter
                required property date endsAt
                required property string countingMethod
                required property int index
                // How the ballot is filled in, so that nobody expects to tick one name and finds a ranking.
                readonly property string howToVote: {
                    switch (countingMethod) {
                    case "approval":
                        return qsTr("Choose up to %n candidate(s)", "", votesPerVoter)
                    case "irv":
                    case "stv":
                        return qsTr("Rank the candidates in your order of preference")
                    case "referendum":
                        return qsTr("Answer the question")
                    default:
                        return qsTr("Choose %n candidate(s)", "", votesPerVoter)
                    }
                }
                objectName: "electionCard"
                // Room for the scroll bar, on the left in Arabic.
                readonly property int barRoom: electionList.contentHeight > electionList.height + 1 ? 24 : 0
                x: Theme.rightToLeft ? barRoom : 0
                width: ListView.view.width - barRoom
                height: Math.max(cardColumn.implicitHeight, 64) + 36
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                Accessible.role: Accessible.ListItem
                Accessible.name: card.title

                Rectangle {
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
                    width: 10
                    radius: Theme.radius
                    color: Theme.running
                }
                RowLayout {
                    id: cardRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    anchors.leftMargin: 40
                    anchors.rightMargin: 24
                    spacing: 20
                ColumnLayout {
                    id: cardColumn
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        objectName: "electionTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: card.title
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Label {
                        objectName: "electionDetails"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                        color: Theme.mutedText
                        font.pixelSize: Theme.small
                        text: card.howToVote + "  ·  "
                              + qsTr("Open until %1").arg(card.endsAt.toLocaleString(
                                  //: A date format (Qt's): day, month's name, then the time; Arabic uses its own comma.
                                  welcome.locale, qsTr("d MMMM, HH:mm", "closing time format")))
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                KioskButton {
                    objectName: "startVotingButton"
                    primary: true
                    text: qsTr("Vote")
                    accessibleName: qsTr("Vote in %1").arg(card.title)
                    onClicked: KioskController.flow.begin(card.electionId)
                    // The keyboard brings a card that is partly out of sight into view.
                    onActiveFocusChanged: if (activeFocus) electionList.positionViewAtIndex(card.index, ListView.Contain)
                }
                }
            }
        }

        Label {
            objectName: "moreElections"
            Layout.fillWidth: true
            visible: electionList.moreBelow
            horizontalAlignment: Text.AlignHCenter
            lineHeight: Theme.lineHeight
            text: qsTr("More elections below ▼")
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Rectangle {
            objectName: "noElection"
            visible: electionList.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 20
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            Accessible.role: Accessible.StaticText
            Accessible.name: emptyText.text

            Label {
                id: emptyText
                objectName: "noElectionText"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                color: Theme.text
                text: qsTr("No election is running here at the moment.\nIf you came to vote, please ask a poll worker.")
            }
        }

        VoterMessage { Layout.fillWidth: true }

        // For the poll worker after a restart: what became of the casts the kiosk could not confirm.
        Label {
            objectName: "journalStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            color: Theme.text
            font.pixelSize: Math.round(16 * Theme.scale)
            text: KioskController.flow.journalStatus
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            objectName: "kioskName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            color: Theme.mutedText
            font.pixelSize: Math.round(16 * Theme.scale)
            text: KioskController.kioskName
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Kiosk: %1").arg(text)
            PollWorkerHold {}
        }
    }
}
