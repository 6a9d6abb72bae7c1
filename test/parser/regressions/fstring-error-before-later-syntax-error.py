raise f"}" from e
except
