"""Translation engines (translation memory, Amazon Translate); filled in by the engines issue."""
