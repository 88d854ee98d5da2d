# A regular package, first on PYTHONPATH, so that `from google import genai` finds the stand-in below.
