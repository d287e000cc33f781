import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 4: the voter checks the ballot before it is cast; nothing is sent until "Cast my vote".
Item {
    id: screen
    objectName: "reviewScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 4 of 5")
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: 16
        Label {
            id: title
            objectName: "screenTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("Check your ballot")
            font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: KioskController.flow.ballot.ranked
                  ? qsTr("You chose these candidates, in this order of preference. Your vote is not cast yet.")
                  : qsTr("You chose the candidates below. Your vote is not cast yet.")
            color: Theme.mutedText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            ListView {
                id: chosenList
                objectName: "reviewList"
                anchors { fill: parent; margins: 20 }
                clip: true
                spacing: 10
                // Names a little smaller than the heading at the largest size, so that a ranking of five fits;
                // a longer one scrolls, with a bar and words that say so.
                readonly property int nameSize: Math.round(32 * Math.min(Theme.scale, 1.25))
                readonly property bool moreBelow: contentHeight > height + 1 && contentY + height < contentHeight - 1
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    policy: ScrollBar.AlwaysOn
                    visible: chosenList.contentHeight > chosenList.height + 1
                    implicitWidth: 14
                    contentItem: Rectangle { radius: 7; color: Theme.text; opacity: 0.8 }
                    background: Rectangle { radius: 7; color: Theme.border; opacity: 0.6 }
                }
                model: KioskController.flow.ballot.chosenNames()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your choices")
                delegate: RowLayout {
                    required property int index
                    required property string modelData
                    width: ListView.view.width
                    spacing: 16
                    Label {
                        text: Number(index + 1).toLocaleString(Qt.locale(), "f", 0) + "."
                        lineHeight: Theme.lineHeight
                        font.pixelSize: chosenList.nameSize
                        font.bold: true
                        color: Theme.text
                        visible: KioskController.flow.ballot.ranked
                    }
                    Label {
                        text: "✓"
                        font.pixelSize: chosenList.nameSize
                        color: Theme.text
                        visible: !KioskController.flow.ballot.ranked
                    }
                    Label {
                        objectName: "reviewName"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: modelData
                        font.pixelSize: chosenList.nameSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                        Accessible.role: Accessible.ListItem
                        Accessible.name: KioskController.flow.ballot.ranked
                                         ? qsTr("%1: %2").arg(KioskController.flow.ballot.rankText(index + 1)).arg(modelData) : modelData
                    }
                }
            }
        }
        VoterMessage { Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            KioskButton {
                id: changeButton
                objectName: "changeButton"
                text: qsTr("Change my choices")
                onClicked: KioskController.flow.backToBallot()
            }
            Label {
                objectName: "moreChoices"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                opacity: chosenList.moreBelow ? 1 : 0
                text: qsTr("More choices below ▼")
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: opacity > 0 ? text : ""
            }
            KioskButton {
                id: castButton
                objectName: "castButton"
                primary: true
                text: qsTr("Cast my vote")
                accessibleDescription: qsTr("Your vote is final once cast.")
                onClicked: KioskController.flow.cast()
            }
        }
    }
    Component.onCompleted: castButton.forceActiveFocus(Qt.TabFocusReason)
}
