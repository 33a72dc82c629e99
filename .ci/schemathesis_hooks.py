"""schemathesis hooks for .ci/contract.sh: signing out ends a session, so every sign-out the
run sends gets a session of its own, signed in just before (as a counter terminal does).
Each TOTP code signs in once, so the sessions come from a pool of staff members, each taking
a 30-second step none of its earlier sign-ins took (the current one or the next)."""
import os
import time

import requests
import schemathesis

import totp


class Pool:
    def __init__(self, path):
        self.members = []
        with open(path) as f:
            for line in f:
                staff_id, password, secret = line.split()
                self.members.append({"id": staff_id, "password": password,
                                     "secret": secret, "last": -1})

    def next_sign_in(self):
        while True:
            now = totp.now_step()
            for m in self.members:
                step = max(m["last"] + 1, now)
                if step <= now + 1:
                    m["last"] = step
                    return {"staff_id": m["id"], "password": m["password"],
                            "totp": totp.code(m["secret"], step)}
            time.sleep(1)


POOL = None


@schemathesis.auth(refresh_interval=None)
class FreshStaffSession:
    def get(self, case, context):
        global POOL
        if POOL is None:
            POOL = Pool(os.environ["CONTRACT_STAFF_POOL"])
        answer = requests.post(
            os.environ["CONTRACT_BASE"] + "/v1/staff/session",
            headers={"Authorization": "Bearer " + os.environ["CONTRACT_COUNTER_TOKEN"]},
            json=POOL.next_sign_in(),
            timeout=20,
        )
        answer.raise_for_status()
        return answer.json()["session"]

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "X-Staff-Session": data}
