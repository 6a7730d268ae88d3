"""Hypothesis against the generated client: exact decimals, validation, result codes, conforming signed requests."""

from __future__ import annotations

from contract_tests.targeted import client_properties as props


def test_exact_decimals_in_every_notation() -> None:
    props.prop_exact_decimals(max_examples=100)


def test_invalid_amounts_raise_response_validation_error_naming_the_field() -> None:
    props.prop_invalid_amounts_rejected(max_examples=100)


def test_error_message_of_any_length_is_carried() -> None:
    props.prop_error_message_length(max_examples=30)


def test_result_codes_map_to_their_classes() -> None:
    props.prop_result_codes(max_examples=25)


def test_requests_conform_to_the_spec_and_are_signed() -> None:
    props.prop_requests_conform(max_examples=60)
