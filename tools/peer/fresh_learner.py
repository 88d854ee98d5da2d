"""Makes a learner with a fresh learning path on a running original backend, through its own public API.

An admin user is registered (the original's register route accepts the ADMIN role) and logs in; it creates an
employee; a learner user bound to that employee registers, logs in, starts an assessment, draws its questions
(the stand-in's right answer is always "A"), answers "REST APIs" right and the other skills wrong, generates
the learning path, completes its first item and starts its second. Prints shell lines for the benchmark:
PEER_URL, PEER_TOKEN (the admin's bearer token, which may read any learner) and PEER_EMPLOYEE.

usage: fresh_learner.py BASE_URL
"""
import json
import sys
import time
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/")
STAMP = str(int(time.time() * 1000))


def call(method, path, expected, body=None, token=None):
    request = urllib.request.Request(f"{BASE}/api{path}", method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    if status != expected:
        sys.exit(f"{method} {path} answered {status} (expected {expected}): {text[:300]}")
    return json.loads(text) if text else None


def user(username, role, employee_id=None):
    account = {"username": username, "password": f"{username}-pass", "email": f"{username}@peer.invalid", "role": role}
    if employee_id is not None:
        account["employee_id"] = employee_id
    call("POST", "/auth/register/", 201, account)
    return call("POST", "/auth/login/", 200, {"username": username, "password": account["password"]})["access"]


admin = user(f"peer_admin_{STAMP}", "ADMIN")
skills = ["React", "JavaScript", "Django", "REST APIs", "SQL"]
employee = call("POST", "/learner/employees/create/", 201, {
    "name": f"Peer Learner {STAMP}", "email": f"learner{STAMP}@peer.invalid", "tsr_role": "TSR-Fullstack",
    "department": "Digital", "experience_years": 2, "current_skills": skills,
}, admin)["id"]
learner = user(f"peer_learner_{STAMP}", "EMPLOYEE", employee)
me = f"/learner/{employee}"
call("POST", f"{me}/assessment/start/", 200, {}, learner)
questions = call("POST", f"{me}/assessment/generate/", 200, {}, learner)["questions"]
answers = {str(q["id"]): "A" if q["skill"] == "REST APIs" else "B" for q in questions}
call("POST", f"{me}/assessment/submit/", 200, {"answers": answers}, learner)
items = call("POST", f"{me}/generate_learning_path/", 200, {}, learner)["learning_items"]
if len(items) < 2:
    sys.exit(f"the learning path has {len(items)} items; 2 or more expected")
call("POST", f"{me}/learning/{items[0]['content_id']}/start/", 200, {}, learner)
call("POST", f"{me}/learning/{items[0]['content_id']}/complete/", 200, {}, learner)
call("POST", f"{me}/learning/{items[1]['content_id']}/start/", 200, {}, learner)
for route in ("dashboard", "progress-bar", "learning-path"):
    call("GET", f"{me}/{route}/", 200, token=admin)

print(f"# learner {employee} with a fresh {len(items)}-item learning path; the token is an admin's")
print(f"export PEER_URL='{BASE}'")
print(f"export PEER_TOKEN='{admin}'")
print(f"export PEER_EMPLOYEE='{employee}'")
