"""Icons, translations and the style sheet, installed as ui.resources."""
