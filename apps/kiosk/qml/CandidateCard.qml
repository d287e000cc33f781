import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// One candidate on the ballot: photo, name, party, symbol. Chosen shows a tick, or the rank for ranked
// methods, and the word for it, as well as a colour.
KioskButton {
    id: card
    required property int index
    required property var candidateId
    required property string name
    required property string party
    required property string symbolName
    required property string photo
    required property string symbol
    required property bool chosen
    required property int rank
    required property string rankText
    property bool ranked: false

    // The picture's side; with the padding, it sets the card's least height (BallotScreen's rows).
    readonly property int photoSize: Math.round(88 * Math.min(Theme.scale, 1.25))
    readonly property int cardPadding: Theme.scale > 1.3 ? 10 : 14

    objectName: "candidateCard"
    checked: chosen
    padding: cardPadding
    leftPadding: cardPadding
    rightPadding: cardPadding
    Accessible.role: ranked ? Accessible.Button : Accessible.CheckBox
    Accessible.checkable: !ranked
    Accessible.checked: chosen
    accessibleName: name
    accessibleDescription: [party, symbolName ? qsTr("Symbol: %1").arg(symbolName) : "", stateText.text]
                           .filter(s => s.length > 0).join(". ")
    onClicked: KioskController.flow.toggle(candidateId)

    contentItem: RowLayout {
        spacing: 16
        Rectangle {
            // Pictures stop growing at the large size: the words grow, and two rows of cards still fit.
            Layout.preferredWidth: card.photoSize
            Layout.preferredHeight: Layout.preferredWidth
            radius: 8
            color: Theme.contrast ? "#000000" : "#dfe6ee"
            border.color: Theme.border
            border.width: Theme.borderWidth
            clip: true
            Image {
                objectName: "candidatePhoto"
                anchors.fill: parent
                visible: card.photo.length > 0
                source: card.photo
                fillMode: Image.PreserveAspectCrop
                Accessible.ignored: true
            }
            Label {
                anchors.centerIn: parent
                visible: card.photo.length === 0
                text: card.name.split(" ").map(w => w.charAt(0)).slice(0, 2).join("")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.text
                Accessible.ignored: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "candidateName"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.name
                font.pixelSize: Theme.body
                font.bold: true
                color: card.chosen ? Theme.selectedText : Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            // Party and symbol on one line, so that a card keeps its height at the largest text size.
            RowLayout {
                Layout.fillWidth: true
                visible: card.party.length > 0 || card.symbolName.length > 0 || card.symbol.length > 0
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    horizontalAlignment: Text.AlignLeft
                    visible: text.length > 0
                    text: card.party
                    font.pixelSize: Theme.small
                    color: card.chosen ? Theme.selectedText : Theme.mutedText
                    elide: Text.ElideRight
                }
                Image {
                    visible: card.symbol.length > 0
                    source: card.symbol
                    Layout.preferredWidth: Math.round(28 * Theme.scale)
                    Layout.preferredHeight: Layout.preferredWidth
                    fillMode: Image.PreserveAspectFit
                    Accessible.ignored: true
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: text.length > 0
                    text: card.symbolName
                    font.pixelSize: Theme.small
                    color: card.chosen ? Theme.selectedText : Theme.mutedText
                    elide: Text.ElideRight
                }
            }
        }
        // The choice, in a shape and a word: a tick or the rank in a box, "Chosen" or "1st choice".
        ColumnLayout {
            spacing: 2
            Rectangle {
                objectName: "choiceMark"
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Math.round(48 * Math.min(Theme.scale, 1.25))
                implicitHeight: implicitWidth
                radius: 6
                color: card.chosen ? (Theme.contrast ? "#000000" : "#ffffff") : "transparent"
                border.color: card.chosen ? Theme.selectedText : Theme.border
                border.width: 3
                Label {
                    objectName: "choiceNumber"
                    anchors.centerIn: parent
                    text: !card.chosen ? "" : card.ranked ? Number(card.rank).toLocaleString(Qt.locale(), "f", 0) : "✓"
                    font.pixelSize: Theme.heading
                    font.bold: true
                    color: Theme.contrast ? "#ffff00" : "#000000"
                }
            }
            Label {
                id: stateText
                objectName: "choiceText"
                Layout.alignment: Qt.AlignHCenter
                text: !card.chosen ? qsTr("Not chosen")
                      : card.ranked ? card.rankText
                      : qsTr("Chosen")
                font.pixelSize: Theme.small
                font.bold: card.chosen
                color: card.chosen ? Theme.selectedText : Theme.mutedText
            }
        }
    }
}
