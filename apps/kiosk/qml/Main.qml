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
            sourceComponent: {
                switch (KioskController.state) {
                case KioskController.Setup:
                    return setupScreen
                case KioskController.Ready:
                    return welcomeScreen
                default:
                    return statusScreen
                }
            }
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
}
