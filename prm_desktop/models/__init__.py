"""Qt item models over ``prm_core`` queries and services. Models never build widgets."""
