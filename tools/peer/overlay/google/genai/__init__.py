"""Instant, offline stand-in for the google-genai SDK, for running the original backend as a benchmark peer.

It covers what the original calls: genai.Client(api_key=...).models.generate_content(model=..., contents=prompt),
read back as resp.candidates[0].content.parts[0].text or resp.text. The replies are fixed, so no network and no
key are needed and a model call costs nothing:
  - the assessment prompt ("multiple choice questions"): five questions whose right answer is always "A";
  - any other prompt (the dashboard's profile summary): a strengths / weaknesses / summary object.
"""
import json
from types import SimpleNamespace

__all__ = ["Client"]

_QUESTIONS = [
    {"question": f"Stand-in question {n}: which option is right?", "options": {key: f"Option {key}" for key in "ABCD"}, "correct_option": "A"}
    for n in range(1, 6)
]
_PROFILE = {
    "strengths": ["Hands-on with the role's core skills", "Delivers features end to end"],
    "weaknesses": ["Little exposure to the role's other skills"],
    "summary": "Stand-in summary: no model was called.",
}


class _Models:
    def generate_content(self, *, model=None, contents="", **_ignored):
        text = json.dumps(_QUESTIONS if "multiple choice questions" in str(contents) else _PROFILE)
        part = SimpleNamespace(text=text)
        return SimpleNamespace(text=text, model_version=model, candidates=[SimpleNamespace(content=SimpleNamespace(parts=[part], role="model"))])


class Client:
    """Takes any arguments (the real client needs an API key) and never touches the network."""

    def __init__(self, *args, **kwargs):
        self.models = _Models()
