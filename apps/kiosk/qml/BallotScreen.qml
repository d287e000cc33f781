import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 3: the ballot. "1 of 1 chosen" updates at each touch; ranked methods show the order chosen.
Item {
    id: screen
    objectName: "ballotScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 3 of 5")
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        anchors.topMargin: 20
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Your ballot")
                font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "chosenCount"
                text: KioskController.flow.chosenText
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        Label {
            objectName: "ballotHint"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: KioskController.flow.ballotHint
            color: Theme.mutedText
            font.pixelSize: Theme.small
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        VoterMessage { Layout.fillWidth: true }
        GridView {
            id: cards
            objectName: "candidateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: KioskController.flow.ballot
            cellWidth: width / (Theme.scale > 1.3 ? 1 : 2)
            cellHeight: Math.round(130 * Theme.scale)
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: false
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; visible: cards.contentHeight > cards.height + 1 }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Candidates")
            delegate: Item {
                id: cell
                required property int index
                required property var model
                width: cards.cellWidth
                height: cards.cellHeight
                CandidateCard {
                    anchors { fill: parent; margins: 8 }
                    index: cell.index
                    candidateId: cell.model.candidateId
                    name: cell.model.name
                    party: cell.model.party
                    symbolName: cell.model.symbolName
                    photo: cell.model.photo
                    symbol: cell.model.symbol
                    chosen: cell.model.chosen
                    rank: cell.model.rank
                    rankText: cell.model.rankText
                    ranked: KioskController.flow.ballot.ranked
                    onActiveFocusChanged: if (activeFocus) cards.positionViewAtIndex(cell.index, GridView.Contain)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            KioskButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                accessibleName: qsTr("Cancel without voting and return to the start")
                onClicked: KioskController.flow.finish()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "reviewButton"
                primary: true
                text: qsTr("Review my ballot")
                onClicked: KioskController.flow.review()
            }
        }
    }
    Component.onCompleted: Qt.callLater(() => { const first = cards.itemAtIndex(0); if (first) first.children[0].forceActiveFocus(Qt.TabFocusReason) })
}
