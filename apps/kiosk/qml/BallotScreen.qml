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
                lineHeight: Theme.lineHeight
                font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "chosenCount"
                text: KioskController.flow.chosenText
                lineHeight: Theme.lineHeight
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
            lineHeight: Theme.lineHeight
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
            // Whole cards only: when they do not all fit, the rows share the height so that no card is cut,
            // the scroll bar shows and the footer says there are more.
            readonly property int columns: Theme.scale > 1.3 ? 1 : 2
            readonly property int cardMargin: Theme.scale > 1.3 ? 6 : 8
            // As CandidateCard: the picture, the card's padding, the gap around it.
            readonly property int minimumCell: Math.round(88 * Math.min(Theme.scale, 1.25))
                                               + 2 * (Theme.scale > 1.3 ? 10 : 14) + 2 * cardMargin
            readonly property int rowsShown: Math.max(1, Math.floor(height / minimumCell))
            readonly property bool scrolls: Math.ceil(count / columns) > rowsShown
            readonly property bool moreBelow: scrolls && contentY + height < contentHeight - 1
            readonly property bool moreAbove: scrolls && contentY > 1
            cellWidth: Math.floor((width - (scrolls ? scrollBar.width : 0)) / columns)
            cellHeight: scrolls ? Math.floor(height / rowsShown) : minimumCell
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: false
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
                policy: ScrollBar.AlwaysOn
                visible: cards.scrolls
                implicitWidth: 14
                contentItem: Rectangle { radius: 7; color: Theme.text; opacity: 0.8 }
                background: Rectangle { radius: 7; color: Theme.border; opacity: 0.6 }
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Candidates")
            delegate: Item {
                id: cell
                required property int index
                required property var model
                width: cards.cellWidth
                height: cards.cellHeight
                CandidateCard {
                    anchors { fill: parent; margins: cards.cardMargin }
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
            // Not a colour alone: words and an arrow say that the list goes on.
            Label {
                objectName: "moreCandidates"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                opacity: cards.moreBelow || cards.moreAbove ? 1 : 0
                text: cards.moreBelow ? qsTr("More candidates below ▼") : qsTr("More candidates above ▲")
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: opacity > 0 ? text : ""
            }
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
