package bits
