import QtQuick
import QtQuick.Controls
import Elect.Kiosk
import Elect.Kiosk.Ui

ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: true
    visibility: KioskController.fullScreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Elect kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    palette.windowText: Theme.text
    palette.text: Theme.text
    palette.base: Theme.surface
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText

    // Full screen, Escape, Ctrl+W and Ctrl+Q do nothing; KioskApp refuses the window manager's close (Alt+F4).
    Shortcut {
        sequences: [StandardKey.Cancel, StandardKey.Close, StandardKey.Quit]
        context: Qt.ApplicationShortcut
        enabled: KioskController.fullScreen
        onActivated: {}
    }

    // The poll worker's PIN prompt and menu (the touch screen's way: a long press on the kiosk's name).
    Shortcut {
        objectName: "pollWorkerShortcut"
        sequence: "Ctrl+Alt+P"
        context: Qt.ApplicationShortcut
        onActivated: KioskController.pollWorker.open()
    }

    // The look follows the voter at the kiosk now.
    Binding { target: Theme; property: "contrast"; value: KioskController.voter.highContrast }
    Binding { target: Theme; property: "scale"; value: KioskController.voter.textScale }
    Binding { target: Theme; property: "rightToLeft"; value: KioskController.voter.rightToLeft }

    Item {
        id: root
        objectName: "kioskRoot"
        anchors.fill: parent
        LayoutMirroring.enabled: KioskController.voter.rightToLeft
        LayoutMirroring.childrenInherit: true

        Loader {
            id: screen
            objectName: "screenLoader"
            anchors.fill: parent
            // Under the poll worker's prompt or menu, nothing below takes a key or a touch.
            enabled: KioskController.pollWorker.view === PollWorkerGate.Hidden
            sourceComponent: {
                if (KioskController.pollWorker.paused)
                    return pausedScreen
                if (KioskController.state === KioskController.Setup)
                    return setupScreen
                // A voter under way keeps their screen while the connection comes back; the flow says so.
                switch (KioskController.flow.step) {
                case VotingFlow.NationalId:
                    return nationalIdScreen
                case VotingFlow.Code:
                    return codeScreen
                case VotingFlow.Ballot:
                    return ballotScreen
                case VotingFlow.Review:
                    return reviewScreen
                case VotingFlow.Receipt:
                    return receiptScreen
                case VotingFlow.Notice:
                    return noticeScreen
                default:
                    return KioskController.state === KioskController.Ready ? welcomeScreen : statusScreen
                }
            }
        }

        // A call to the server is out: the voter waits, and sees why.
        Rectangle {
            objectName: "busyOverlay"
            anchors.fill: parent
            visible: KioskController.flow.busy
            color: Theme.contrast ? "#cc000000" : "#99eef2f7"
            MouseArea { anchors.fill: parent }
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, busyText.implicitWidth + 80)
                height: busyText.implicitHeight + 60
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Math.max(2, Theme.borderWidth)
                Label {
                    id: busyText
                    objectName: "busyText"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.parent.width - 2 * Theme.margin - 80)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                    text: KioskController.flow.message.length > 0 ? KioskController.flow.message : qsTr("Please wait…")
                    font.pixelSize: Theme.heading
                    color: Theme.text
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        IdleWarning {
            anchors.fill: parent
        }

        PollWorkerPanel {
            anchors.fill: parent
        }
    }

    Component {
        id: setupScreen
        SetupScreen {}
    }
    Component {
        id: welcomeScreen
        WelcomeScreen {}
    }
    Component {
        id: statusScreen
        StatusScreen {}
    }
    Component {
        id: nationalIdScreen
        NationalIdScreen {}
    }
    Component {
        id: codeScreen
        CodeScreen {}
    }
    Component {
        id: ballotScreen
        BallotScreen {}
    }
    Component {
        id: reviewScreen
        ReviewScreen {}
    }
    Component {
        id: receiptScreen
        ReceiptScreen {}
    }
    Component {
        id: noticeScreen
        NoticeScreen {}
    }
    Component {
        id: pausedScreen
        PausedScreen {}
    }
}
