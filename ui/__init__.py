"""The Qt application on top of oto_app: pages, dialogs, Qt models. No SQL here."""
