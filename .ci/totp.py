"""RFC 6238 codes for .ci/contract.sh and its hooks (6 digits, 30-second steps, HMAC-SHA-1),
so the contract run needs no tool beyond Python: `python3 .ci/totp.py SECRET` prints the
code of the current step, as an authenticator app or `oathtool --totp -b SECRET` would."""
import base64
import hashlib
import hmac
import struct
import sys
import time

STEP_SECS = 30


def code(secret, step):
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 15
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return "%06d" % (value % 1_000_000)


def now_step():
    return int(time.time()) // STEP_SECS


if __name__ == "__main__":
    print(code(sys.argv[1], now_step()))
