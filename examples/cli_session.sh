#!/usr/bin/env bash
# Take a payment from the shell with the `binance-pay` command, against the local sandbox:
# create an order, pay it as the buyer, query it, refund part of it.
#
#   binance-pay sandbox &            # the local sandbox at http://127.0.0.1:8000
#   bash examples/cli_session.sh
#
# BINANCE_PAY_BASE_URL, BINANCE_PAY_API_KEY and BINANCE_PAY_SECRET_KEY default to the sandbox and its demo keys.
set -euo pipefail

export BINANCE_PAY_BASE_URL="${BINANCE_PAY_BASE_URL:-http://127.0.0.1:8000}"
export BINANCE_PAY_API_KEY="${BINANCE_PAY_API_KEY:-sandboxDemoApiKey0123456789abcdef}"
export BINANCE_PAY_SECRET_KEY="${BINANCE_PAY_SECRET_KEY:-sandbox-demo-secret-key}"

field() { awk -v name="$1" '$1 == name { print $2 }'; }  # one field of a command's table

trade_no="shell$(date +%s)$RANDOM"
prepay_id=$(binance-pay orders create \
    --merchant-trade-no "$trade_no" \
    --order-amount 12.50 --currency USDT \
    --description "Ice cream" \
    --env '{"terminalType": "WEB"}' \
    --goods-details '[{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "ice-1", "goodsName": "Ice cream"}]' |
    field prepayId)
echo "created order $trade_no: prepayId $prepay_id"

# The buyer pays (in the sandbox; with Binance, the buyer scans the QR code or opens checkoutUrl).
binance-pay sandbox pay "$prepay_id" >/dev/null  # the sandbox named by $BINANCE_PAY_BASE_URL
status=$(binance-pay orders query --prepay-id "$prepay_id" | field status)
echo "order status: $status"

# Refund part of it; --json prints the answer exactly as Binance sent it, every digit.
binance-pay refunds create --refund-request-id "refund$trade_no" --prepay-id "$prepay_id" --refund-amount 2.50 --json
